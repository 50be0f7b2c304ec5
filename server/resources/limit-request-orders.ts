import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The purchase orders a limit request is backed by.
export default defineResource({
  name: 'limit_request_orders',
  table: 'limit_request_orders',
  columns: {
    id,
    limit_request_id: ref('limit_requests'),
    purchase_order_id: ref('purchase_orders'),
    ...stamps,
  },
});
