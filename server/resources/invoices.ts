import type { Knex } from 'knex';
import { defineResource } from '../rest/define-resource';
import { amount, currency, date, days, id, ref, stamps, text } from './columns';

export const AGING_BUCKETS = [
  'not_due',
  'd1_30',
  'd31_60',
  'd61_90',
  'd91_120',
  'over_120',
] as const;

export default defineResource({
  name: 'invoices',
  table: 'invoices',
  // Figures come from invoice_figures() in SQL, as of today (db/migrations/*create-figures*).
  source: 'invoice_list',
  countFrom: 'invoices',
  presents: ['open_invoice_counts'],
  // An exporter's (or everyone's) open or overdue invoices, with nothing else asked, are
  // counted from the open-invoice counts the database keeps per exporter and due date.
  countShortcut: ({ db, list, scopeExporterId }) => {
    if (list.search || Object.keys(list.params).length > 0 || list.custom.length !== 1) return;
    const [{ name, value }] = list.custom;
    if (value !== true || (name !== 'overdue' && name !== 'open')) return;
    const exporters = scopeExporterId === undefined ? [] : [scopeExporterId];
    for (const { column, operator, value: wanted } of list.conditions) {
      if (column !== 'exporter_id' || operator !== '=' || typeof wanted !== 'number') return;
      exporters.push(wanted);
    }
    const query = db('open_invoice_counts').select(
      db.raw('coalesce(sum(invoices), 0)::integer AS count'),
    );
    for (const exporterId of exporters) query.where('exporter_id', exporterId);
    if (name === 'overdue') query.whereRaw('due_date < current_date');
    return query;
  },
  defaultSort: ['due_date', 'ASC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    purchase_order_id: ref('purchase_orders', false),
    order_confirmation_id: ref('order_confirmations', false),
    number: { type: 'string', required: true, search: true },
    invoice_date: date(true),
    terms_days: days(false),
    due_date: {
      ...date(),
      description: 'The original due date; invoice_date + terms_days if left out',
    },
    amount: amount(),
    currency,
    po_reference: { type: 'string', search: true },
    disputed: { type: 'boolean', description: 'The whole open balance is in dispute' },
    excluded_from_dunning: { type: 'boolean' },
    notes: text,
    paid_amount: { type: 'money', readOnly: true },
    credited_amount: { type: 'money', readOnly: true },
    open_balance: { type: 'money', readOnly: true },
    disputed_amount: { type: 'money', readOnly: true },
    days_past_due: { type: 'integer', readOnly: true },
    aging_bucket: { type: 'enum', values: AGING_BUCKETS, readOnly: true },
    insured: { type: 'boolean', readOnly: true },
    limit_amount: { type: 'money', readOnly: true },
    policy_id: { type: 'reference', references: 'policies', readOnly: true },
    mep_expiry: { type: 'date', readOnly: true },
    overdue_notice_due: { type: 'date', readOnly: true },
    claim_due: { type: 'date', readOnly: true },
    ...stamps,
  },
  // Both filters read the balance each invoice keeps (open_total, equal to today's
  // open_balance because nothing is settled after today), so they use the partial index on
  // open invoices and the total is counted on the table.
  filters: {
    overdue: {
      type: 'boolean',
      description: 'true: open and past due; false: not past due or settled',
      stored: true,
      apply: (query, value) =>
        void query.where((q) => {
          const overdue = (inner: Knex.QueryBuilder) =>
            inner.where('open_total', '>', 0).whereRaw('due_date < current_date');
          if (value) overdue(q);
          else q.whereNot(overdue);
        }),
    },
    open: {
      type: 'boolean',
      description: 'true: an open balance remains',
      stored: true,
      apply: (query, value) => void query.where('open_total', value ? '>' : '<=', 0),
    },
  },
});
