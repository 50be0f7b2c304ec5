import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'credit_notes',
  exporterScope: throughParent('invoices', 'invoice_id'),
  table: 'credit_notes',
  defaultSort: ['credit_date', 'DESC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    kind: { type: 'enum', values: ['credit_note', 'write_off'] },
    number: { type: 'string', search: true },
    credit_date: date(true),
    amount: amount(),
    reason: text,
    ...stamps,
  },
});
