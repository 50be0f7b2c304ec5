import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/connection';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { writeAudit } from '../rest/audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords';

export const DEFAULT_ADMIN_EMAIL = 'admin@creditdesk.local';

// Any number will do, as long as nothing else takes this advisory lock.
const FIRST_ADMIN_LOCK = 4_260_001;

/**
 * On a database with no users, creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD;
 * without ADMIN_PASSWORD it generates one and logs it this once, as the only way to learn it.
 * Answers the e-mail address of the admin it created, or undefined when users existed.
 */
export async function ensureFirstAdmin(
  db: Db,
  config: Pick<Config, 'adminEmail' | 'adminPassword'>,
  logger: Logger,
): Promise<string | undefined> {
  const email = (config.adminEmail ?? DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
  const password = config.adminPassword ?? randomBytes(12).toString('base64url');
  const created = await db.transaction(async (trx) => {
    // Two instances starting on an empty database at once create one admin between them.
    await trx.raw('SELECT pg_advisory_xact_lock(?)', [FIRST_ADMIN_LOCK]);
    const [{ count }] = await trx('users').count({ count: '*' });
    if (Number(count) > 0) return undefined;
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new Error(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
    }
    const [admin] = await trx('users')
      .insert({
        email,
        name: 'Administrator',
        role: 'admin',
        password_hash: await hashPassword(password),
      })
      .returning(['id', 'email', 'name', 'role']);
    await writeAudit(
      trx,
      {},
      { resource: 'users', recordId: admin.id, action: 'create', after: admin },
    );
    return admin.email as string;
  });
  if (!created) return undefined;
  if (config.adminPassword) {
    logger.info({ email }, 'created the first admin from ADMIN_EMAIL and ADMIN_PASSWORD');
  } else {
    // The one deliberate password in a log: there is no other way to hand it over.
    logger.warn(
      `created the first admin ${email} with the generated password ${password} ` +
        '(shown only this once: log in and change it)',
    );
  }
  return created;
}
