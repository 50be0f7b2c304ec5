import type { Resource } from '../rest/types';
import agencyReferrals from './agency-referrals';
import aging from './aging';
import allocations from './allocations';
import auditLog from './audit-log';
import buyers from './buyers';
import claimPayments from './claim-payments';
import claims from './claims';
import collectionAgencies from './collection-agencies';
import contacts from './contacts';
import creditNotes from './credit-notes';
import dashboard from './dashboard';
import deductions from './deductions';
import deposits from './deposits';
import documents from './documents';
import dunningLevels from './dunning-levels';
import dunningTexts from './dunning-texts';
import exporters from './exporters';
import invoiceExtensions from './invoice-extensions';
import invoices from './invoices';
import jobRuns from './job-runs';
import limitDecisions from './limit-decisions';
import limitRequests from './limit-requests';
import orderConfirmations from './order-confirmations';
import payments from './payments';
import policies from './policies';
import premiumPayments from './premium-payments';
import premiums from './premiums';
import purchaseOrders from './purchase-orders';
import recoveries from './recoveries';
import reminders from './reminders';
import reports from './reports';
import reviews from './reviews';

/** Every resource the API serves; the admin UI and OpenAPI read this same list. */
export const resources: Resource[] = [
  exporters, buyers, policies, purchaseOrders, orderConfirmations, limitRequests, limitDecisions,
  premiums, premiumPayments, invoices, invoiceExtensions, creditNotes, payments, allocations,
  deductions, deposits, documents, dunningLevels, dunningTexts, reminders, contacts, reviews,
  collectionAgencies, agencyReferrals, claims, claimPayments, recoveries, aging, auditLog, jobRuns,
  reports, dashboard,
];

export const resourceByName = new Map(resources.map((resource) => [resource.name, resource]));
