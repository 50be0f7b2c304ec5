import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { id, ref, stamps } from './columns';

// The invoices a contact with the buyer was about.
export default defineResource({
  name: 'contact_invoices',
  // An exporter sees the invoices of the contacts made for it.
  exporterScope: throughParent('contacts', 'contact_id'),
  table: 'contact_invoices',
  columns: {
    id,
    contact_id: ref('contacts'),
    invoice_id: ref('invoices'),
    ...stamps,
  },
});
