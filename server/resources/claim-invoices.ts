import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { amount, id, ref, stamps } from './columns';

// The invoices a claim covers, with the amount claimed on each.
export default defineResource({
  name: 'claim_invoices',
  // An exporter sees the invoices of its own claims.
  exporterScope: throughParent('claims', 'claim_id'),
  table: 'claim_invoices',
  columns: {
    id,
    claim_id: ref('claims'),
    invoice_id: ref('invoices'),
    claimed_amount: amount(),
    ...stamps,
  },
});
