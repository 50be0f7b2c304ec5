import type { Knex } from 'knex';
import { hashPassword } from '../../server/auth/passwords';

/** One login per role, with the passwords the README documents. Demo databases only. */
export const DEMO_USERS = [
  {
    email: 'admin@creditdesk.test',
    name: 'Demo Admin',
    role: 'admin',
    password: 'demo-admin-pass',
  },
  {
    email: 'staff@creditdesk.test',
    name: 'Demo Staff',
    role: 'staff',
    password: 'demo-staff-pass',
  },
  {
    email: 'exporter@creditdesk.test',
    name: 'Demo Exporter',
    role: 'exporter',
    password: 'demo-exporter-pass',
  },
] as const;

/**
 * Creates the demo users that do not exist yet; the exporter user belongs to the first
 * exporter by id, and is left out while there is no exporter. Safe to call again.
 * Answers the e-mail addresses it created.
 */
export async function loadDemoUsers(trx: Knex | Knex.Transaction): Promise<string[]> {
  const firstExporter = await trx('exporters').select('id').orderBy('id').first();
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    const exporterId = user.role === 'exporter' ? firstExporter?.id : null;
    if (exporterId === undefined) continue;
    const [row] = await trx('users')
      .insert({
        email: user.email,
        name: user.name,
        role: user.role,
        exporter_id: exporterId,
        password_hash: await hashPassword(user.password),
      })
      .onConflict(trx.raw('(lower(email))'))
      .ignore()
      .returning('email');
    if (row) created.push(row.email);
  }
  return created;
}
