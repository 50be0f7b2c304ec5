import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { id, ref, stamps } from './columns';

export default defineResource({
  name: 'dunning_texts',
  exporterScope: throughParent('dunning_levels', 'dunning_level_id'),
  table: 'dunning_texts',
  columns: {
    id,
    dunning_level_id: ref('dunning_levels'),
    language: { type: 'enum', values: ['en', 'fr', 'es', 'it'], required: true },
    subject: { type: 'string', required: true, search: true },
    body: { type: 'text', required: true },
    ...stamps,
  },
});
