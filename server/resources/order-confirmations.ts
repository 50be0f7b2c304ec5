import { defineResource } from '../rest/define-resource';
import { amount, currency, date, days, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'order_confirmations',
  table: 'order_confirmations',
  defaultSort: ['confirmation_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    purchase_order_id: ref('purchase_orders', false),
    number: { type: 'string', required: true, search: true },
    confirmation_date: date(true),
    amount: amount(),
    currency,
    terms_days: days(false),
    ship_date: date(),
    notes: text,
    ...stamps,
  },
});
