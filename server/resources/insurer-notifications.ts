import { defineResource } from '../rest/define-resource';
import { date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'insurer_notifications',
  table: 'insurer_notifications',
  defaultSort: ['notified_date', 'DESC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    notified_date: { ...date(true), description: 'When the insurer was told of the overdue account' },
    reference: { type: 'string', search: true },
    notes: text,
    ...stamps,
  },
});
