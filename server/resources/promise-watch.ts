import { defineResource } from '../rest/define-resource';
import { asOfReport } from './as-of-report';
import { ref } from './columns';

// Read-only report: promise_watch(as_of), the POs whose buyer's cover the exporter has not
// heard about: late after notify_by (received + 7 days), due soon within two days of it.
export default defineResource({
  name: 'promise_watch',
  ...asOfReport('promise_watch', 'The date to check at'),
  defaultSort: ['notify_by', 'ASC'],
  columns: {
    id: { type: 'id', description: 'The purchase order id' },
    as_of: { type: 'date', filter: false },
    purchase_order_id: ref('purchase_orders'),
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    number: { type: 'string', search: true },
    received_date: { type: 'date' },
    notify_by: { type: 'date' },
    amount: { type: 'money' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    state: { type: 'enum', values: ['late', 'due_soon'] },
    days_late: { type: 'integer' },
  },
});
