import type { ResourceProps } from 'react-admin';
export { MENU_AREAS } from './menu-areas';
import { exporters } from './parties/exporters';
import { buyers } from './parties/buyers';
import { policies } from './insurance/policies';
import { purchaseOrders } from './insurance/purchase-orders';
import { limitRequests } from './insurance/limit-requests';
import { limitDecisions } from './insurance/limit-decisions';
import { premiums } from './insurance/premiums';
import { premiumPayments } from './insurance/premium-payments';
import { orderConfirmations } from './receivables/order-confirmations';
import { invoices } from './receivables/invoices';
import { invoiceExtensions } from './receivables/invoice-extensions';
import { creditNotes } from './receivables/credit-notes';
import { aging } from './receivables/aging';
import { payments } from './cash/payments';
import { allocations } from './cash/allocations';
import { deductions } from './cash/deductions';
import { deposits } from './cash/deposits';
import { documents } from './cash/documents';
import { reminders } from './collections/reminders';
import { contacts } from './collections/contacts';
import { reviews } from './collections/reviews';
import { dunningLevels } from './collections/dunning-levels';
import { dunningTexts } from './collections/dunning-texts';
import { collectionAgencies } from './collections/collection-agencies';
import { agencyReferrals } from './collections/agency-referrals';
import { claims } from './claims/claims';
import { claimPayments } from './claims/claim-payments';
import { recoveries } from './claims/recoveries';
import { reports } from './system/reports';
import { auditLog } from './system/audit-log';
import { jobRuns } from './system/job-runs';
import { users } from './system/users';
import { exposures } from './insurance/exposures';
import { deadlines } from './insurance/deadlines';
import { promiseWatch } from './insurance/promise-watch';
import { exporterNotifications } from './insurance/exporter-notifications';
import { insurerNotices } from './insurance/insurer-notices';
import { unappliedCash } from './cash/unapplied-cash';
import { alerts } from './collections/alerts';
import { buyerExposures } from './insurance/buyer-exposures';
import { premiumCalculations } from './insurance/premium-calculations';
import { postDatedChecks } from './cash/post-dated-checks';
import { exporterNotices } from './cash/exporter-notices';
import { buyerAccounts } from './parties/buyer-accounts';
import { importMappings } from './system/import-mappings';
import { limitRequestOrders } from './insurance/limit-request-orders';
import { contactInvoices } from './collections/contact-invoices';
import { claimInvoices } from './claims/claim-invoices';
import { agencyReferralInvoices } from './collections/agency-referral-invoices';

type Screens = Omit<ResourceProps, 'name'>;

/** Every resource the API declares (server/resources/index.ts), each with its screen file. */
export const SCREENS: Record<string, Screens> = {
  exporters,
  buyers,
  policies,
  purchase_orders: purchaseOrders,
  limit_requests: limitRequests,
  limit_decisions: limitDecisions,
  premiums,
  premium_payments: premiumPayments,
  order_confirmations: orderConfirmations,
  invoices,
  invoice_extensions: invoiceExtensions,
  credit_notes: creditNotes,
  aging,

  payments,
  allocations,
  deductions,
  deposits,
  documents,
  reminders,
  contacts,
  reviews,
  dunning_levels: dunningLevels,
  dunning_texts: dunningTexts,
  collection_agencies: collectionAgencies,
  agency_referrals: agencyReferrals,
  claims,
  claim_payments: claimPayments,
  recoveries,
  reports,
  audit_log: auditLog,
  job_runs: jobRuns,
  users,
  exposures,
  deadlines,
  promise_watch: promiseWatch,
  exporter_notifications: exporterNotifications,
  insurer_notices: insurerNotices,
  unapplied_cash: unappliedCash,
  alerts,
  buyer_exposures: buyerExposures,
  premium_calculations: premiumCalculations,
  post_dated_checks: postDatedChecks,
  exporter_notices: exporterNotices,
  buyer_accounts: buyerAccounts,
  import_mappings: importMappings,
  limit_request_orders: limitRequestOrders,
  contact_invoices: contactInvoices,
  claim_invoices: claimInvoices,
  agency_referral_invoices: agencyReferralInvoices,
  // Read through the dashboard only; declared so react-admin knows the resource.
  dashboard: {},
};
