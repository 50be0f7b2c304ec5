import { joinScreens } from '../common/join-screens';

// The invoices a contact with the buyer was about.
export const contactInvoices = joinScreens(
  { source: 'contact_id', reference: 'contacts' },
  { source: 'invoice_id', reference: 'invoices' },
);
