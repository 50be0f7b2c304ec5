import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'invoice_extensions',
  exporterScope: throughParent('invoices', 'invoice_id'),
  table: 'invoice_extensions',
  defaultSort: ['agreed_date', 'DESC'],
  columns: {
    id,
    invoice_id: ref('invoices'),
    agreed_date: date(true),
    extended_due_date: { ...date(true), description: 'Moves no insurance deadline' },
    amount: { type: 'money', positive: true },
    reason: text,
    ...stamps,
  },
});
