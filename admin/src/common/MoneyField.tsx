import { useLocaleState, useRecordContext } from 'react-admin';
import { Typography } from '@mui/material';

export interface MoneyFieldProps {
  source: string;
  /** Where the currency code is; `currency` of the same record by default. */
  currencySource?: string;
  /** A fixed currency, for records that carry none (allocations, deductions). */
  currency?: string;
  label?: string;
  sortable?: boolean;
  sortBy?: string;
  textAlign?: 'right' | 'left';
}

/**
 * A decimal-string amount with its currency, e.g. "$ 1,234.50". The string is handed to
 * Intl as it is (no float arithmetic): it only formats, it never adds.
 */
export function formatMoney(amount: unknown, currency: unknown, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return String(amount);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(String(amount) as unknown as number);
}

export function MoneyField({ source, currencySource = 'currency', currency }: MoneyFieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(record[source], currency ?? record[currencySource], locale)}
    </Typography>
  );
}
