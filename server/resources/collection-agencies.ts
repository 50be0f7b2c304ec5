import { defineResource } from '../rest/define-resource';
import { referencedBy } from '../rest/exporter-scopes';
import { country, id, name, stamps, text } from './columns';

export default defineResource({
  name: 'collection_agencies',
  exporterScope: referencedBy('agency_referrals', 'agency_id'),
  table: 'collection_agencies',
  defaultSort: ['name', 'ASC'],
  columns: {
    id,
    name,
    country: country(),
    email: { type: 'string' },
    phone: { type: 'string' },
    fee_percent: { type: 'decimal', nonNegative: true },
    notes: text,
    ...stamps,
  },
});
