import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, date, id, ref, stamps, text } from './columns';

export const REASON_CODES = [
  'pricing',
  'shortage',
  'damaged_goods',
  'late_delivery',
  'promotional_allowance',
  'co_op_advertising',
  'returns',
  'other',
] as const;
export const DEDUCTION_STATUSES = [
  'open',
  'disputed',
  'valid',
  'recovered',
  'written_off',
] as const;

export default defineResource({
  name: 'deductions',
  exporterScope: throughParent('invoices', 'invoice_id'),
  table: 'deductions',
  defaultSort: ['opened_date', 'DESC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    payment_id: ref('payments', false),
    amount: amount(),
    reason_code: { type: 'enum', values: REASON_CODES, required: true },
    status: { type: 'enum', values: DEDUCTION_STATUSES },
    opened_date: date(),
    resolved_date: date(),
    buyer_explanation: { ...text, search: true },
    follow_up_notes: text,
    ...stamps,
  },
});
