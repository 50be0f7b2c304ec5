import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { badRequest } from '../http/http-error';
import { defineResource } from '../rest/define-resource';
import type { WriteHookArgs } from '../rest/types';
import { id, name, ref, stamps } from './columns';

export const ROLES = ['admin', 'staff', 'exporter'] as const;

/** Role and exporter go together; an admin cannot lock themself out; passwords get hashed. */
async function prepareUser({ record, existing, context }: WriteHookArgs): Promise<void> {
  if (typeof record.email === 'string') record.email = record.email.trim().toLowerCase();
  const role = record.role ?? existing?.role;
  const exporterId = 'exporter_id' in record ? record.exporter_id : existing?.exporter_id;
  if (role === 'exporter' && exporterId == null) {
    throw badRequest('An exporter user needs its exporter', { exporter_id: 'is required' });
  }
  if (role !== 'exporter' && exporterId != null) {
    throw badRequest('Only exporter users are linked to an exporter', {
      exporter_id: 'must be empty unless the role is exporter',
    });
  }
  if (existing && existing.id === context.user?.id) {
    if (role !== 'admin') {
      throw badRequest('You cannot take away your own admin role', { role: 'must stay admin' });
    }
    if (record.disabled === true) {
      throw badRequest('You cannot disable your own account', { disabled: 'must stay false' });
    }
  }
  if (typeof record.password === 'string')
    record.password_hash = await hashPassword(record.password);
  delete record.password;
}

// Logins. Admins only; the password hash is never served nor audited.
export default defineResource({
  name: 'users',
  table: 'users',
  roles: ['admin'],
  secretColumns: ['password_hash'],
  defaultSort: ['name', 'ASC'],
  columns: {
    id,
    email: {
      type: 'string',
      required: true,
      search: true,
      maxLength: 254,
      pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      description: 'The login; stored in lower case',
    },
    name,
    role: { type: 'enum', values: ROLES, required: true },
    exporter_id: { ...ref('exporters', false), description: 'Required for exporter users only' },
    disabled: { type: 'boolean', description: 'A disabled user cannot log in' },
    password: {
      type: 'string',
      writeOnly: true,
      required: true,
      minLength: MIN_PASSWORD_LENGTH,
      // bcrypt reads at most 72 bytes.
      maxLength: 72,
      description: `At least ${MIN_PASSWORD_LENGTH} characters; stored only as a bcrypt hash`,
    },
    ...stamps,
  },
  beforeWrite: prepareUser,
});
