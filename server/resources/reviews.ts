import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, stamps, text } from './columns';

export const REVIEW_DECISIONS = ['keep_chasing', 'payment_plan', 'claim', 'agency', 'write_off'] as const;

export default defineResource({
  name: 'reviews',
  exporterScope: throughParent('invoices', 'invoice_id'),
  table: 'reviews',
  defaultSort: ['entered_date', 'ASC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    entered_date: { ...date(true), description: 'The day the invoice reached 45 days past due' },
    decision: { type: 'enum', values: REVIEW_DECISIONS },
    decided_by: { type: 'string', description: 'Who at the exporter decided' },
    decided_date: date(),
    notes: text,
    ...stamps,
  },
});
