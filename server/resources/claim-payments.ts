import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, stamps } from './columns';

// What the insurer paid on a claim. Read-only: payments are recorded by
// POST /api/claims/:id/pay, which also moves the claim to paid.
export default defineResource({
  name: 'claim_payments',
  exporterScope: throughParent('claims', 'claim_id'),
  source: 'claim_payments',
  defaultSort: ['paid_date', 'DESC'],
  columns: {
    id,
    claim_id: ref('claims'),
    paid_date: date(),
    amount: { type: 'money' },
    reference: { type: 'string', search: true },
    ...stamps,
  },
});
