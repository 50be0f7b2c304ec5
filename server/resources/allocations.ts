import { defineResource } from '../rest/define-resource';
import { amount, id, ref, stamps } from './columns';

export default defineResource({
  name: 'allocations',
  table: 'allocations',
  defaultSort: ['id', 'DESC'],
  columns: {
    id,
    payment_id: ref('payments'),
    invoice_id: ref('invoices'),
    amount: amount(),
    ...stamps,
  },
});
