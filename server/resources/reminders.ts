import { defineResource } from '../rest/define-resource';
import { currency, date, id, ref, stamps } from './columns';

export default defineResource({
  name: 'reminders',
  table: 'reminders',
  defaultSort: ['reminder_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    dunning_level_id: ref('dunning_levels'),
    reminder_date: date(true),
    channel: { type: 'enum', values: ['email', 'letter', 'phone'], required: true },
    currency,
    total_open: { type: 'money', required: true, nonNegative: true },
    subject: { type: 'string', maxLength: 500 },
    body: { type: 'text', maxLength: 50000 },
    // The worklist moves through POST /api/reminders/:id/mark-sent and /skip.
    status: { type: 'enum', values: ['to_do', 'sent', 'skipped'], readOnly: true },
    sent_at: { type: 'timestamp', readOnly: true },
    ...stamps,
  },
});
