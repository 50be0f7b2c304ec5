import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The invoices a contact with the buyer was about.
export default defineResource({
  name: 'contact_invoices',
  table: 'contact_invoices',
  columns: {
    id,
    contact_id: ref('contacts'),
    invoice_id: ref('invoices'),
    ...stamps,
  },
});
