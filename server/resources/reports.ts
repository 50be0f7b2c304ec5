import { defineResource } from '../rest/define-resource';
import { id, ref } from './columns';

// Metadata only: the workbook itself is downloaded through its own route.
export default defineResource({
  name: 'reports',
  source: 'reports',
  defaultSort: ['period_start', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters', false),
    kind: { type: 'enum', values: ['weekly', 'claim_pack', 'limit_batch'] },
    period_start: { type: 'date' },
    period_end: { type: 'date' },
    language: { type: 'enum', values: ['en', 'it'] },
    filename: { type: 'string', search: true },
    size_bytes: { type: 'integer' },
    sha256: { type: 'string' },
    created_at: { type: 'timestamp' },
    mailed_at: { type: 'timestamp' },
  },
});
