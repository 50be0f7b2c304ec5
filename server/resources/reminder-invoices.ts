import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The invoices a reminder chased, each at the level and open balance of that day.
export default defineResource({
  name: 'reminder_invoices',
  table: 'reminder_invoices',
  columns: {
    id,
    reminder_id: ref('reminders'),
    invoice_id: ref('invoices'),
    dunning_level_id: ref('dunning_levels'),
    open_balance: { type: 'money', required: true, description: 'Open when the reminder went out' },
    ...stamps,
  },
});
