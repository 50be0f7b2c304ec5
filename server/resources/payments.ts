import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

export const PAYMENT_METHODS = ['check', 'wire', 'ach', 'card'] as const;

export default defineResource({
  name: 'payments',
  table: 'payments',
  source: 'payment_list',
  defaultSort: ['received_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    method: { type: 'enum', values: PAYMENT_METHODS, required: true },
    amount: amount(),
    currency,
    received_date: date(true),
    reference: { type: 'string', search: true },
    payer_name: { type: 'string', search: true },
    check_number: { type: 'string', search: true },
    check_date: date(),
    check_bank: { type: 'string' },
    card_processor_ref: { type: 'string', search: true },
    card_fee: { type: 'money', nonNegative: true },
    card_last4: { type: 'string', pattern: '^[0-9]{4}$', maxLength: 4 },
    deposit_id: ref('deposits', false),
    notes: text,
    applied_amount: { type: 'money', readOnly: true },
    unapplied_amount: { type: 'money', readOnly: true },
    post_dated: { type: 'boolean', readOnly: true, description: 'A check dated after it arrived' },
    ...stamps,
  },
});
