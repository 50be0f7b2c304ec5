import { BooleanInput, TextInput, useRecordContext } from 'react-admin';
import Gavel from '@mui/icons-material/Gavel';
import { CommandDialogButton } from '../common/CommandDialogButton';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';
import { isoDay } from '../dashboard/dates';

const ANSWERS = ['approved', 'partial', 'conditional', 'temporary', 'declined', 'pending'];
const LATER = ['reduced', 'cancelled', 'approved', 'partial', 'conditional', 'temporary'];
const GRANTED = ['approved', 'partial', 'conditional', 'temporary', 'reduced'];

/** Empty inputs are left out, so the server applies its documented defaults. */
const withoutBlanks = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== '' && v !== null && v !== undefined),
  );

/**
 * Records the insurer's answer on a limit request: /decide while it is pending, /amend
 * (reduce, cancel, supersede) once a limit is granted (docs/insurance.md).
 */
export function DecideLimitButton() {
  const request = useRecordContext();
  if (!request) return null;
  const pending = request.status === 'pending';
  const granted = GRANTED.includes(request.status);
  if (!pending && !granted) return null;
  return (
    <CommandDialogButton
      label={pending ? 'cd.action.record_decision' : 'cd.action.amend_limit'}
      icon={<Gavel />}
      path={`limit_requests/${request.id}/${pending ? 'decide' : 'amend'}`}
      defaults={{ decision_date: isoDay() }}
      toBody={withoutBlanks}
    >
      <EnumInput source="decision" values={pending ? ANSWERS : LATER} isRequired />
      <DateIn source="decision_date" isRequired />
      <MoneyInput source="granted_amount" />
      <BooleanInput source="increase" label="cd.insurance.increase" />
      <DateIn source="effective_date" />
      <DateIn source="expiry_date" />
      <TextInput source="reason" multiline fullWidth />
      <TextInput source="conditions" multiline fullWidth />
      <TextInput source="insurer_reference" />
    </CommandDialogButton>
  );
}
