import { defineResource } from '../rest/define-resource';
import { date, id, ref, stamps } from './columns';

export default defineResource({
  name: 'contacts',
  table: 'contacts',
  // With the invoices each contact concerns (contact_list in SQL; POST /api/contacts/record).
  source: 'contact_list',
  defaultSort: ['contact_date', 'DESC'],
  columns: {
    id,
    buyer_id: ref('buyers'),
    exporter_id: ref('exporters', false),
    contact_date: date(true),
    channel: { type: 'enum', values: ['phone', 'email', 'letter', 'meeting'], required: true },
    staff_name: { type: 'string' },
    buyer_contact: { type: 'string' },
    summary: { type: 'text', required: true, search: true },
    promised_amount: { type: 'money', positive: true },
    currency: { type: 'string', pattern: '^[A-Z]{3}$', maxLength: 3 },
    promise_to_pay_date: date(),
    invoice_ids: { type: 'json', readOnly: true, description: 'The invoices it concerns' },
    ...stamps,
  },
  filters: {
    invoice_id: {
      type: 'integer',
      description: 'Contacts that concern this invoice',
      apply: (query, value) => void query.whereRaw('? = ANY(invoice_ids)', [value as number]),
    },
  },
});
