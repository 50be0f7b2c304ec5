import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { runCommand } from '../providers/commands';

/** Marks a to-do reminder sent or skipped through its command (docs/collections.md). */
export function ReminderCommandButton({ verb }: { verb: 'mark-sent' | 'skip' }) {
  const reminder = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!reminder || reminder.status !== 'to_do') return null;
  const run = async (event: React.MouseEvent) => {
    event.stopPropagation();
    try {
      await runCommand(`reminders/${reminder.id}/${verb}`);
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button
      label={verb === 'skip' ? 'cd.action.mark_skipped' : 'cd.action.mark_sent'}
      onClick={run}
    />
  );
}

/** Opens the printable letter or e-mail text of a reminder. */
export function ReminderLetterButton() {
  const reminder = useRecordContext();
  if (!reminder) return null;
  return (
    <Button
      label="cd.action.letter"
      component="a"
      href={`/api/reminders/${reminder.id}/letter`}
      target="_blank"
    />
  );
}
