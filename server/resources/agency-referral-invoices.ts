import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The invoices placed with a collection agency by a referral.
export default defineResource({
  name: 'agency_referral_invoices',
  table: 'agency_referral_invoices',
  columns: {
    id,
    agency_referral_id: ref('agency_referrals'),
    invoice_id: ref('invoices'),
    ...stamps,
  },
});
