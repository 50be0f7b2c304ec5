import type { Db } from '../../db/connection';
import type { RequestContext } from '../rest/types';

export type SessionUser = NonNullable<RequestContext['user']> & { email: string; name: string };

/** The user behind a session, read afresh so a disabled user or a new role counts at once. */
export async function currentUser(db: Db, userId: number): Promise<SessionUser | undefined> {
  return db('users')
    .select('id', 'email', 'name', 'role', 'exporter_id')
    .where({ id: userId, disabled: false })
    .first();
}
