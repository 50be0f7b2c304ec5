import { defineResource } from '../rest/define-resource';
import { amount, id, ref, stamps } from './columns';

// The invoices a claim covers, with the amount claimed on each.
export default defineResource({
  name: 'claim_invoices',
  table: 'claim_invoices',
  columns: {
    id,
    claim_id: ref('claims'),
    invoice_id: ref('invoices'),
    claimed_amount: amount(),
    ...stamps,
  },
});
