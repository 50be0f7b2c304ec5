import { defineResource } from '../rest/define-resource';
import { date, id, ref, stamps } from './columns';

export const ALERT_KINDS = [
  'overdue_notice_due',
  'overdue_notice_missed',
  'claim_filing_due',
  'claim_filing_missed',
  'insolvency_notice_due',
  'insolvency_notice_missed',
  'insolvency_claim_due',
  'insolvency_claim_missed',
  'review_due',
  'check_depositable',
  'po_notice_due',
  'po_notice_late',
  'reminder_due',
] as const;

export default defineResource({
  name: 'alerts',
  table: 'alerts',
  defaultSort: ['due_date', 'ASC'],
  columns: {
    id,
    kind: { type: 'enum', values: ALERT_KINDS, readOnly: true },
    exporter_id: { ...ref('exporters'), readOnly: true },
    buyer_id: { ...ref('buyers', false), readOnly: true },
    invoice_id: { ...ref('invoices', false), readOnly: true },
    purchase_order_id: { ...ref('purchase_orders', false), readOnly: true },
    payment_id: { ...ref('payments', false), readOnly: true },
    reminder_id: { ...ref('reminders', false), readOnly: true },
    claim_id: { ...ref('claims', false), readOnly: true },
    due_date: { ...date(), readOnly: true },
    raised_on: { ...date(), readOnly: true },
    message: { type: 'string', readOnly: true, search: true, maxLength: 1000 },
    status: { type: 'enum', values: ['open', 'done', 'dismissed'] },
    ...stamps,
  },
});
