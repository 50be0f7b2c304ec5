import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'purchase_orders',
  table: 'purchase_orders',
  defaultSort: ['received_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    number: { type: 'string', required: true, search: true },
    order_date: date(),
    received_date: date(true),
    notify_by: { type: 'date', readOnly: true, description: 'Received date + 7 days' },
    amount: amount(),
    currency,
    season: { type: 'string', search: true },
    notes: text,
    ...stamps,
  },
});
