import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { id, ref, stamps } from './columns';

// The invoices placed with a collection agency by a referral.
export default defineResource({
  name: 'agency_referral_invoices',
  // An exporter sees the invoices of its own referrals.
  exporterScope: throughParent('agency_referrals', 'agency_referral_id'),
  table: 'agency_referral_invoices',
  columns: {
    id,
    agency_referral_id: ref('agency_referrals'),
    invoice_id: ref('invoices'),
    ...stamps,
  },
});
