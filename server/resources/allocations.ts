import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, id, ref, stamps } from './columns';

export default defineResource({
  name: 'allocations',
  exporterScope: throughParent('invoices', 'invoice_id'),
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
