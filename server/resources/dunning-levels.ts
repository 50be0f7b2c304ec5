import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

export default defineResource({
  name: 'dunning_levels',
  table: 'dunning_levels',
  defaultSort: ['level', 'ASC'],
  columns: {
    id,
    exporter_id: { ...ref('exporters', false), description: 'Empty: the default sequence' },
    level: { type: 'integer', required: true, minimum: 1, maximum: 20 },
    offset_days: {
      type: 'integer',
      required: true,
      minimum: -365,
      maximum: 365,
      description: 'Days from the due date: -7 a week before, 30 a month after',
    },
    channel: { type: 'enum', values: ['email', 'letter', 'phone'], required: true },
    name: { type: 'string', required: true, search: true },
    ...stamps,
  },
});
