import { defineResource } from '../rest/define-resource';
import { id, ref } from './columns';

export default defineResource({
  name: 'audit_log',
  roles: ['admin', 'staff'],
  source: 'audit_log',
  defaultSort: ['id', 'DESC'],
  columns: {
    id,
    at: { type: 'timestamp' },
    user_id: ref('users', false),
    resource: { type: 'string', search: true },
    record_id: { type: 'string' },
    action: { type: 'enum', values: ['create', 'update', 'delete'] },
    before: { type: 'json' },
    after: { type: 'json' },
    request_id: { type: 'string' },
  },
});
