import { defineResource } from '../rest/define-resource';
import { date, id, ref, stamps, text } from './columns';

// What the agent told each exporter about a buyer's cover. Read-only here: a notification
// is recorded with its purchase orders by POST /api/exporter_notifications/report.
export default defineResource({
  name: 'exporter_notifications',
  source: 'exporter_notification_list',
  presents: ['exporter_notifications', 'exporter_notification_orders'],
  defaultSort: ['notified_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    limit_request_id: ref('limit_requests', false),
    outcome: { type: 'enum', values: ['approved', 'declined', 'pending'] },
    amount: { type: 'money', description: 'Approved amount' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    reason: { type: 'text', description: 'Why the buyer was declined' },
    notified_date: date(),
    channel: { type: 'enum', values: ['email', 'phone', 'letter', 'meeting'] },
    notes: text,
    purchase_order_ids: { type: 'json', description: 'The purchase orders this report answers' },
    ...stamps,
  },
});
