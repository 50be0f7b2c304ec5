import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { TableCell, TableRow, TextField } from '@mui/material';
import { formatMoney } from '../common/MoneyField';
import { toCents } from './cents';
import { formatDay } from '../dashboard/dates';

interface Props {
  invoice: RaRecord;
  currency: string;
  text: string;
  /** The server's reason for refusing this line, if it did. */
  error?: string;
  onChange: (text: string) => void;
}

/** One open invoice on the cash application screen, with the amount to apply to it. */
export function AllocationRow({ invoice, currency, text, error, onChange }: Props) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const malformed = text !== '' && toCents(text) === null;
  return (
    <TableRow>
      <TableCell>{invoice.number}</TableCell>
      <TableCell>{formatDay(invoice.due_date, locale)}</TableCell>
      <TableCell align="right">{invoice.days_past_due}</TableCell>
      <TableCell align="right">{formatMoney(invoice.open_balance, currency, locale)}</TableCell>
      <TableCell>
        <TextField
          size="small"
          value={text}
          inputProps={{
            inputMode: 'decimal',
            'aria-label': `${translate('cd.apply.amount')} ${invoice.number}`,
          }}
          onChange={(event) => onChange(event.target.value)}
          error={malformed || !!error}
          helperText={malformed ? translate('ra.validation.number') : (error ?? ' ')}
        />
      </TableCell>
    </TableRow>
  );
}
