import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'recoveries',
  exporterScope: throughParent('claims', 'claim_id'),
  table: 'recoveries',
  // Each recovery's split between insurer and exporter comes from recovery_split in SQL.
  source: 'recovery_split',
  defaultSort: ['received_date', 'DESC'],
  columns: {
    id,
    claim_id: ref('claims'),
    received_date: date(true),
    amount: amount(),
    source: { type: 'string' },
    notes: text,
    loss: { type: 'money', readOnly: true, description: 'The claimed amount' },
    insurer_loss: { type: 'money', readOnly: true, description: 'Paid by the insurer by then' },
    insurer_share: { type: 'money', readOnly: true },
    exporter_share: { type: 'money', readOnly: true },
    ...stamps,
  },
});
