import { useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { Card, CardContent, Stack, Typography } from '@mui/material';
import { formatMoney } from '../common/MoneyField';

const FIGURES = ['open_receivables', 'overdue_amount', 'unapplied_cash'] as const;

/** One card per currency: open receivables, overdue, unapplied cash and DSO (from SQL). */
export function CurrencyFigures({ rows }: { rows: RaRecord[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (rows.length === 0) {
    return <Typography color="text.secondary">{translate('cd.dashboard.nothing')}</Typography>;
  }
  return (
    <Stack direction="row" gap={2} flexWrap="wrap">
      {rows.map((row) => (
        <Card
          key={row.id}
          variant="outlined"
          sx={{ minWidth: 260 }}
          data-testid={`figures-${row.currency}`}
        >
          <CardContent>
            <Typography variant="h6">{row.currency}</Typography>
            {FIGURES.map((figure) => (
              <Stack key={figure} direction="row" justifyContent="space-between" gap={2}>
                <Typography variant="body2" color="text.secondary">
                  {translate(`resources.dashboard.fields.${figure}`)}
                </Typography>
                <Typography variant="body2" data-testid={`${figure}-${row.currency}`}>
                  {formatMoney(row[figure], row.currency, locale)}
                </Typography>
              </Stack>
            ))}
            <Stack direction="row" justifyContent="space-between" gap={2}>
              <Typography variant="body2" color="text.secondary">
                {translate('resources.dashboard.fields.dso')}
              </Typography>
              <Typography variant="body2">{row.dso ?? '—'}</Typography>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}

export const useDashboardRows = (scope: Record<string, unknown> | undefined) =>
  useGetList(
    'dashboard',
    {
      filter: scope ?? {},
      sort: { field: 'currency', order: 'ASC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: !!scope },
  );
