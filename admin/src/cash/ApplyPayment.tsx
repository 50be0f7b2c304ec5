import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Button,
  Loading,
  Title,
  useGetList,
  useGetOne,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
  ReferenceField,
  RecordContextProvider,
} from 'react-admin';
import {
  Alert,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { formatMoney } from '../common/MoneyField';
import { fromCents, minCents, sumCents, toCents } from './cents';
import { applyAllocations } from './apply-allocations';
import { AllocationRow } from './AllocationRow';

/** Apply one payment across its buyer's open invoices (same exporter and currency). */
export function ApplyPayment() {
  const { id } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const { data: payment, refetch: refetchPayment } = useGetOne('payments', { id: Number(id) });
  const { data: invoices = [], refetch: refetchInvoices } = useGetList(
    'invoices',
    {
      filter: payment
        ? {
            buyer_id: payment.buyer_id,
            exporter_id: payment.exporter_id,
            currency: payment.currency,
            open: true,
          }
        : {},
      sort: { field: 'due_date', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: !!payment },
  );

  const unapplied = toCents(payment?.unapplied_amount) ?? 0n;
  const applying = useMemo(() => sumCents(Object.values(amounts).map(toCents)), [amounts]);
  const left = unapplied - applying;
  if (!payment) return <Loading />;
  const money = (value: unknown) => formatMoney(value, payment.currency, locale);

  const fillOldestFirst = () => {
    let rest = unapplied;
    const next: Record<number, string> = {};
    for (const invoice of invoices) {
      const share = minCents(rest, toCents(invoice.open_balance) ?? 0n);
      if (share <= 0n) break;
      next[invoice.id] = fromCents(share);
      rest -= share;
    }
    setAmounts(next);
  };

  const apply = async () => {
    const lines = invoices
      .filter((invoice) => (toCents(amounts[invoice.id]) ?? 0n) > 0n)
      .map((invoice) => ({
        invoiceId: invoice.id,
        amount: fromCents(toCents(amounts[invoice.id])!),
      }));
    setBusy(true);
    const outcome = await applyAllocations(payment.id, lines);
    setBusy(false);
    setRowErrors(outcome.rowErrors);
    if (outcome.ok) {
      setAmounts({});
      notify('cd.apply.applied', { type: 'success', messageArgs: { count: lines.length } });
    } else {
      notify(outcome.message ?? 'cd.apply.failed_rows', { type: 'warning' });
    }
    await Promise.all([refetchPayment(), refetchInvoices()]);
    refresh();
  };

  const invalid = Object.values(amounts).some((value) => value !== '' && toCents(value) === null);
  return (
    <Card sx={{ mt: 2 }}>
      <Title
        title={translate('cd.apply.title', {
          reference: payment.reference ?? payment.check_number ?? `#${payment.id}`,
        })}
      />
      <CardContent>
        <RecordContextProvider value={payment}>
          <Stack direction="row" gap={4} flexWrap="wrap" sx={{ mb: 2 }}>
            <Summary label={translate('resources.payments.fields.buyer_id')}>
              <ReferenceField source="buyer_id" reference="buyers" link="show" />
            </Summary>
            <Summary label={translate('resources.payments.fields.exporter_id')}>
              <ReferenceField source="exporter_id" reference="exporters" link="show" />
            </Summary>
            <Summary label={translate('cd.apply.payment')}>
              {money(payment.amount)} · {translate(`cd.values.${payment.method}`)}
            </Summary>
            <Summary label={translate('cd.apply.unapplied')}>
              {money(payment.unapplied_amount)}
            </Summary>
            <Summary label={translate('cd.apply.to_apply')}>{money(fromCents(applying))}</Summary>
            <Summary label={translate('cd.apply.left')} testId="left-unapplied" error={left < 0n}>
              {money(fromCents(left))}
            </Summary>
          </Stack>
        </RecordContextProvider>
        {left < 0n && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate('cd.apply.too_much')}
          </Alert>
        )}
        {invoices.length === 0 ? (
          <Alert severity="info">
            {translate('cd.apply.no_open_invoices', { currency: payment.currency })}
          </Alert>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('cd.apply.invoice')}</TableCell>
                <TableCell>{translate('resources.invoices.fields.due_date')}</TableCell>
                <TableCell align="right">
                  {translate('resources.invoices.fields.days_past_due')}
                </TableCell>
                <TableCell align="right">{translate('cd.apply.open')}</TableCell>
                <TableCell>{translate('cd.apply.amount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {invoices.map((invoice) => (
                <AllocationRow
                  key={invoice.id}
                  invoice={invoice}
                  currency={payment.currency}
                  text={amounts[invoice.id] ?? ''}
                  error={rowErrors[invoice.id]}
                  onChange={(text) => setAmounts({ ...amounts, [invoice.id]: text })}
                />
              ))}
            </TableBody>
          </Table>
        )}
        <Stack direction="row" gap={2} sx={{ mt: 2 }}>
          <Button
            label="cd.action.fill_oldest_first"
            onClick={fillOldestFirst}
            disabled={busy}
            variant="outlined"
          />
          <Button label="cd.action.clear" onClick={() => setAmounts({})} disabled={busy} />
          <Button
            label="cd.action.apply"
            variant="contained"
            onClick={apply}
            disabled={busy || invalid || applying <= 0n || left < 0n}
          />
        </Stack>
      </CardContent>
    </Card>
  );
}

function Summary(props: {
  label: string;
  children: React.ReactNode;
  testId?: string;
  error?: boolean;
}) {
  return (
    <div>
      <Typography variant="caption" color="text.secondary">
        {props.label}
      </Typography>
      <Typography
        variant="body1"
        data-testid={props.testId}
        color={props.error ? 'error' : undefined}
      >
        {props.children}
      </Typography>
    </div>
  );
}
