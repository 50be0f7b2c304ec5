import { joinScreens } from '../common/join-screens';

// The purchase orders a limit request is backed by.
export const limitRequestOrders = joinScreens(
  { source: 'limit_request_id', reference: 'limit_requests' },
  { source: 'purchase_order_id', reference: 'purchase_orders' },
);
