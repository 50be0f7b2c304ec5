import { useState } from 'react';
import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { MenuItem, TextField, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../common/MoneyField';

const BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120'];

/**
 * Open receivables by aging bucket for one currency; the bucket totals come from SQL
 * (aging_report added up in dashboard_figures). Number() is only for drawing the bars.
 */
export function AgingChart({ rows }: { rows: RaRecord[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [currency, setCurrency] = useState<string>();
  const row = rows.find((r) => r.currency === currency) ?? rows[0];
  if (!row)
    return <Typography color="text.secondary">{translate('cd.dashboard.nothing')}</Typography>;
  const data = BUCKETS.map((bucket) => ({
    bucket: translate(`cd.dashboard.buckets.${bucket}`),
    amount: Number(row[bucket]),
    label: formatMoney(row[bucket], row.currency, locale),
  }));
  return (
    <>
      {rows.length > 1 && (
        <TextField
          select
          size="small"
          variant="standard"
          value={row.currency}
          onChange={(e) => setCurrency(e.target.value)}
          sx={{ mb: 1 }}
        >
          {rows.map((r) => (
            <MenuItem key={r.currency} value={r.currency}>
              {r.currency}
            </MenuItem>
          ))}
        </TextField>
      )}
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="bucket" tick={{ fontSize: 12 }} interval={0} />
          <YAxis tick={{ fontSize: 12 }} width={80} />
          <Tooltip formatter={(_value, _name, item) => [item.payload.label, row.currency]} />
          <Bar dataKey="amount" fill="#1976d2" />
        </BarChart>
      </ResponsiveContainer>
    </>
  );
}
