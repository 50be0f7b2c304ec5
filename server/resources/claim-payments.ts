import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, date, id, ref, stamps } from './columns';

export default defineResource({
  name: 'claim_payments',
  exporterScope: throughParent('claims', 'claim_id'),
  table: 'claim_payments',
  defaultSort: ['paid_date', 'DESC'],
  columns: {
    id,
    claim_id: ref('claims'),
    paid_date: date(true),
    amount: amount(),
    reference: { type: 'string', search: true },
    ...stamps,
  },
});
