import { defineResource } from '../rest/define-resource';
import { date, ref } from './columns';

// Read-only: each reminder that named an invoice (reminder_invoices with its reminder).
export default defineResource({
  name: 'invoice_reminders',
  source: 'invoice_reminder_list',
  defaultSort: ['reminder_date', 'DESC'],
  columns: {
    id: { type: 'string', description: 'reminder_id-invoice_id' },
    reminder_id: ref('reminders'),
    invoice_id: ref('invoices'),
    dunning_level_id: ref('dunning_levels'),
    open_balance: { type: 'money', description: 'Open balance the reminder asked for' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    reminder_date: date(),
    channel: { type: 'enum', values: ['email', 'letter', 'phone'] },
    status: { type: 'enum', values: ['to_do', 'sent', 'skipped'] },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
  },
});
