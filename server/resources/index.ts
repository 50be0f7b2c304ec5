import type { Resource } from '../rest/types';
import agencyReferralInvoices from './agency-referral-invoices';
import agencyReferrals from './agency-referrals';
import alerts from './alerts';
import aging from './aging';
import allocations from './allocations';
import auditLog from './audit-log';
import buyerExposures from './buyer-exposures';
import buyerAccounts from './buyer-accounts';
import buyers from './buyers';
import claimInvoices from './claim-invoices';
import claimPayments from './claim-payments';
import claims from './claims';
import collectionAgencies from './collection-agencies';
import contactInvoices from './contact-invoices';
import contacts from './contacts';
import creditNotes from './credit-notes';
import dashboard from './dashboard';
import deadlines from './deadlines';
import deductions from './deductions';
import deposits from './deposits';
import documents from './documents';
import dunningLevels from './dunning-levels';
import dunningTexts from './dunning-texts';
import exporterNotifications from './exporter-notifications';
import exporterNotices from './exporter-notices';
import exporters from './exporters';
import exposures from './exposures';
import insurerNotices from './insurer-notices';
import importMappings from './import-mappings';
import invoiceExtensions from './invoice-extensions';
import invoices from './invoices';
import jobRuns from './job-runs';
import limitDecisions from './limit-decisions';
import limitRequestOrders from './limit-request-orders';
import limitRequests from './limit-requests';
import orderConfirmations from './order-confirmations';
import payments from './payments';
import policies from './policies';
import premiumCalculations from './premium-calculations';
import postDatedChecks from './post-dated-checks';
import premiumPayments from './premium-payments';
import premiums from './premiums';
import promiseWatch from './promise-watch';
import purchaseOrders from './purchase-orders';
import recoveries from './recoveries';
import reminderInvoices from './reminder-invoices';
import reminders from './reminders';
import reports from './reports';
import reviews from './reviews';
import users from './users';
import unappliedCash from './unapplied-cash';

/** Every resource the API serves; the admin UI and OpenAPI read this same list. */
export const resources: Resource[] = [
  exporters, buyers, policies, purchaseOrders, orderConfirmations, limitRequests, limitDecisions,
  premiums, premiumPayments, invoices, invoiceExtensions, creditNotes, payments, allocations,
  deductions, deposits, documents, dunningLevels, dunningTexts, reminders, contacts, reviews,
  collectionAgencies, agencyReferrals, claims, claimPayments, recoveries, aging, auditLog, jobRuns,
  reports, limitRequestOrders, reminderInvoices, contactInvoices, claimInvoices,
  agencyReferralInvoices, alerts,
  // Credit insurance (issue 6).
  exposures, buyerExposures, exporterNotifications, promiseWatch, premiumCalculations, deadlines,
  insurerNotices,
  users,
  // Collections read models (issue 7).
  unappliedCash, postDatedChecks, exporterNotices,
  // Import (issue 9).
  buyerAccounts, importMappings,
  // The admin's dashboard figures (issue 5).
  dashboard,
];

export const resourceByName = new Map(resources.map((resource) => [resource.name, resource]));
