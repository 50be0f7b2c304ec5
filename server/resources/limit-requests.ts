import { defineResource } from '../rest/define-resource';
import { amount, currency, date, days, id, ref, stamps, text } from './columns';

export const LIMIT_STATUSES = [
  'pending',
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'reduced',
  'cancelled',
] as const;

export default defineResource({
  name: 'limit_requests',
  table: 'limit_requests',
  // Decisions are recorded by POST /api/limit_requests/:id/decide and /amend, the POs behind
  // a request by PUT /api/limit_requests/:id/orders (server/insurance).
  source: 'limit_request_list',
  defaultSort: ['request_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    policy_id: ref('policies'),
    requested_amount: amount(),
    currency,
    terms_days: { ...days(false), minimum: 1 },
    request_date: date(),
    submitted_date: date(),
    status: { type: 'enum', values: LIMIT_STATUSES, readOnly: true },
    granted_amount: { type: 'money', readOnly: true },
    decision_date: { type: 'date', readOnly: true },
    expiry_date: { type: 'date', readOnly: true },
    notes: text,
    purchase_order_ids: { type: 'json', readOnly: true, description: 'The POs behind the request' },
    ...stamps,
  },
});
