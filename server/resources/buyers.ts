import { defineResource } from '../rest/define-resource';
import { anyOf, referencedBy } from '../rest/exporter-scopes';
import { country, id, name, stamps, text } from './columns';

export default defineResource({
  name: 'buyers',
  // An exporter sees the buyers it deals with, never who else they buy from.
  exporterScope: anyOf(
    referencedBy('invoices', 'buyer_id'),
    referencedBy('purchase_orders', 'buyer_id'),
    referencedBy('limit_requests', 'buyer_id'),
    referencedBy('payments', 'buyer_id'),
    referencedBy('claims', 'buyer_id'),
  ),
  table: 'buyers',
  defaultSort: ['name', 'ASC'],
  columns: {
    id,
    name: { ...name, description: 'Legal name of the head office' },
    country: country(),
    tax_id: { type: 'string', search: true, description: 'EIN in the US, BN in Canada' },
    address: { type: 'string', maxLength: 500 },
    city: { type: 'string', search: true },
    region: { type: 'string' },
    postal_code: { type: 'string' },
    language: { type: 'enum', values: ['en', 'fr', 'es', 'it'], description: 'For reminders' },
    email: { type: 'string' },
    phone: { type: 'string' },
    contact_name: { type: 'string' },
    notes: text,
    ...stamps,
  },
});
