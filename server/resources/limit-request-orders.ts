import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { id, ref, stamps } from './columns';

// The purchase orders a limit request is backed by.
export default defineResource({
  name: 'limit_request_orders',
  // An exporter sees the orders behind its own limit requests.
  exporterScope: throughParent('limit_requests', 'limit_request_id'),
  table: 'limit_request_orders',
  columns: {
    id,
    limit_request_id: ref('limit_requests'),
    purchase_order_id: ref('purchase_orders'),
    ...stamps,
  },
});
