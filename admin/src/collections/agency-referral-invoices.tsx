import { joinScreens } from '../common/join-screens';

// The invoices placed with a collection agency by a referral.
export const agencyReferralInvoices = joinScreens(
  { source: 'agency_referral_id', reference: 'agency_referrals' },
  { source: 'invoice_id', reference: 'invoices' },
);
