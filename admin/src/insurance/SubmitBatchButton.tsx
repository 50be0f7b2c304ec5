import { useNotify } from 'react-admin';
import { CommandDialogButton } from '../common/CommandDialogButton';
import { DateIn } from '../common/forms';
import { isoDay } from '../dashboard/dates';

/**
 * Sends every pending request not yet sent to the insurer as one .xlsx batch and marks them
 * submitted (POST /api/limit_requests/submit), then downloads the batch it stored.
 */
export function SubmitBatchButton() {
  const notify = useNotify();
  const download = (answer: { download: string; request_ids: number[] }) => {
    notify('cd.insurance.submitted', {
      type: 'success',
      messageArgs: { smart_count: answer.request_ids.length },
    });
    const link = document.createElement('a');
    link.href = answer.download;
    link.download = '';
    link.click();
  };
  return (
    <CommandDialogButton
      label="cd.action.submit_to_insurer"
      path="limit_requests/submit"
      defaults={{ submitted_date: isoDay() }}
      onDone={download}
    >
      <DateIn source="submitted_date" isRequired />
    </CommandDialogButton>
  );
}
