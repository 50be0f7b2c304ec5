import { defineResource } from '../rest/define-resource';
import { date, id, ref, stamps } from './columns';

export default defineResource({
  name: 'contacts',
  table: 'contacts',
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
    ...stamps,
  },
});
