import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, stamps, text } from './columns';

export const REVIEW_DECISIONS = [
  'keep_chasing',
  'payment_plan',
  'claim',
  'agency',
  'write_off',
] as const;

export default defineResource({
  name: 'reviews',
  exporterScope: throughParent('invoices', 'invoice_id'),
  table: 'reviews',
  // The queue shows each invoice's figures today (review_list in SQL).
  source: 'review_list',
  defaultSort: ['entered_date', 'ASC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    entered_date: { ...date(true), description: 'The day the invoice reached 45 days past due' },
    // Recorded only through POST /api/reviews/:id/decide, which also carries it out.
    decision: { type: 'enum', values: REVIEW_DECISIONS, readOnly: true },
    decided_by: { type: 'string', readOnly: true, description: 'Who at the exporter decided' },
    decided_date: { ...date(), readOnly: true },
    notes: text,
    exporter_id: { ...ref('exporters'), readOnly: true },
    buyer_id: { ...ref('buyers'), readOnly: true },
    invoice_number: { type: 'string', readOnly: true, search: true },
    due_date: { type: 'date', readOnly: true },
    currency: { type: 'string', readOnly: true },
    open_balance: { type: 'money', readOnly: true },
    disputed_amount: { type: 'money', readOnly: true },
    days_past_due: { type: 'integer', readOnly: true },
    insured: { type: 'boolean', readOnly: true },
    ...stamps,
  },
  filters: {
    pending: {
      type: 'boolean',
      description: "true: still waiting for the exporter's decision",
      apply: (query, value) => {
        if (value) query.whereNull('decision');
        else query.whereNotNull('decision');
      },
    },
  },
});
