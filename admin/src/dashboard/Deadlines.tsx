import { useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { formatDay, isoDay } from './dates';

interface Deadline {
  date: string;
  kind: 'po_notify' | 'overdue_notice' | 'claim_filing';
  to: string;
  title: string;
}

const page = { page: 1, perPage: 50 };

function useInvoicesDue(field: 'overdue_notice_due' | 'claim_due', from: string, to: string) {
  return (
    useGetList('invoices', {
      filter: { [`${field}_gte`]: from, [`${field}_lte`]: to, open: true },
      sort: { field, order: 'ASC' },
      pagination: page,
    }).data ?? []
  );
}

/** PO notifications, overdue notices and claim filings due in the next 14 days. */
export function Deadlines() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const from = isoDay();
  const to = isoDay(14);
  const notices = useInvoicesDue('overdue_notice_due', from, to);
  const claims = useInvoicesDue('claim_due', from, to);
  const orders =
    useGetList('purchase_orders', {
      filter: { notify_by_gte: from, notify_by_lte: to },
      sort: { field: 'notify_by', order: 'ASC' },
      pagination: page,
    }).data ?? [];
  const invoice =
    (kind: Deadline['kind'], field: string) =>
    (record: RaRecord): Deadline => ({
      date: record[field],
      kind,
      to: `/invoices/${record.id}/show`,
      title: record.number,
    });
  const deadlines: Deadline[] = [
    ...orders.map((po) => ({
      date: po.notify_by,
      kind: 'po_notify' as const,
      to: `/purchase_orders/${po.id}/show`,
      title: po.number,
    })),
    ...notices.map(invoice('overdue_notice', 'overdue_notice_due')),
    ...claims.map(invoice('claim_filing', 'claim_due')),
  ].sort((a, b) => a.date.localeCompare(b.date));
  if (deadlines.length === 0) {
    return <Typography color="text.secondary">{translate('cd.dashboard.nothing')}</Typography>;
  }
  return (
    <List dense disablePadding>
      {deadlines.map((deadline) => (
        <ListItem
          key={`${deadline.kind}-${deadline.to}`}
          component={Link}
          to={deadline.to}
          disableGutters
          sx={{ color: 'inherit' }}
        >
          <ListItemText
            primary={`${formatDay(deadline.date, locale)} · ${deadline.title}`}
            secondary={translate(`cd.dashboard.${deadline.kind}`)}
          />
        </ListItem>
      ))}
    </List>
  );
}
