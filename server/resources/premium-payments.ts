import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'premium_payments',
  table: 'premium_payments',
  defaultSort: ['paid_date', 'DESC'],
  columns: {
    id,
    premium_id: ref('premiums', false),
    policy_id: ref('policies'),
    exporter_id: ref('exporters'),
    paid_date: date(true),
    amount: amount(),
    currency,
    reference: { type: 'string', search: true },
    recovered_date: { ...date(), description: 'When the exporter reimbursed the agent' },
    notes: text,
    ...stamps,
  },
});
