import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'recoveries',
  exporterScope: throughParent('claims', 'claim_id'),
  table: 'recoveries',
  defaultSort: ['received_date', 'DESC'],
  columns: {
    id,
    claim_id: ref('claims'),
    received_date: date(true),
    amount: amount(),
    source: { type: 'string' },
    notes: text,
    ...stamps,
  },
});
