import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';

type Colour = 'default' | 'success' | 'warning' | 'error' | 'info';

const COLOURS: Record<string, Colour> = {
  approved: 'success',
  paid: 'success',
  valid: 'success',
  recovered: 'success',
  sent: 'success',
  succeeded: 'success',
  closed: 'default',
  not_due: 'success',
  partial: 'info',
  conditional: 'info',
  temporary: 'info',
  filed: 'info',
  under_review: 'info',
  placed: 'info',
  recovering: 'info',
  authorised: 'info',
  d1_30: 'info',
  pending: 'warning',
  open: 'warning',
  draft: 'warning',
  to_do: 'warning',
  running: 'warning',
  d31_60: 'warning',
  d61_90: 'warning',
  disputed: 'warning',
  declined: 'error',
  rejected: 'error',
  cancelled: 'error',
  reduced: 'error',
  failed: 'error',
  written_off: 'error',
  d91_120: 'error',
  over_120: 'error',
  returned: 'default',
};

/** An enum value as a translated, coloured chip (statuses, aging buckets, decisions). */
export function StatusChip({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === null || value === undefined || value === '') return null;
  return (
    <Chip
      size="small"
      color={COLOURS[value] ?? 'default'}
      label={translate(`cd.values.${value}`, { _: String(value) })}
    />
  );
}

/** SelectInput / SelectArrayInput choices for a declared enum, with translated names. */
export const choicesOf = (values: readonly string[]) =>
  values.map((value) => ({ id: value, name: `cd.values.${value}` }));
