import { defineResource } from '../rest/define-resource';
import { id, ref } from './columns';

export default defineResource({
  name: 'job_runs',
  roles: ['admin', 'staff'],
  source: 'job_runs',
  defaultSort: ['id', 'DESC'],
  columns: {
    id,
    job: { type: 'string', search: true },
    as_of: { type: 'date' },
    exporter_id: ref('exporters', false),
    trigger: { type: 'enum', values: ['manual', 'schedule'] },
    started_at: { type: 'timestamp' },
    finished_at: { type: 'timestamp' },
    status: { type: 'enum', values: ['running', 'succeeded', 'failed'] },
    counts: { type: 'json' },
    error: { type: 'text' },
  },
});
