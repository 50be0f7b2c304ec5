import { defineResource } from '../rest/define-resource';
import { country, id, name, stamps, text } from './columns';

export default defineResource({
  name: 'collection_agencies',
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
