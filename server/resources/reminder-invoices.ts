import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { ref } from './columns';

// Read-only: the invoices each reminder lists, with the open balance it was made with.
export default defineResource({
  name: 'reminder_invoices',
  // An exporter sees the invoices of the reminders sent for it.
  exporterScope: throughParent('reminders', 'reminder_id'),
  source: 'reminder_invoice_list',
  presents: ['reminder_invoices'],
  defaultSort: ['due_date', 'ASC'],
  columns: {
    id: { type: 'string', description: 'reminder_id-invoice_id' },
    reminder_id: ref('reminders'),
    invoice_id: ref('invoices'),
    dunning_level_id: ref('dunning_levels'),
    level: { type: 'integer' },
    invoice_number: { type: 'string', search: true },
    invoice_date: { type: 'date' },
    due_date: { type: 'date' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    open_balance: { type: 'money' },
  },
});
