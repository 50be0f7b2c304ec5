import { CommandDialogButton } from '../common/CommandDialogButton';
import { DateIn } from '../common/forms';
import { isoDay } from '../dashboard/dates';

/**
 * Runs a nightly collections job for one day by hand (docs/collections.md): generate the
 * reminders due, or enter the invoices due for the 45-day review. Running it twice for the
 * same day adds nothing.
 */
export function DayCommandButton({ label, path }: { label: string; path: string }) {
  return (
    <CommandDialogButton label={label} path={path} defaults={{ as_of: isoDay() }}>
      <DateIn source="as_of" isRequired />
    </CommandDialogButton>
  );
}
