import connectPgSimple from 'connect-pg-simple';
import type { Request } from 'express';
import session from 'express-session';
import type { Db } from '../../db/connection';
import type { SessionUser } from './current-user';

const PgStore = connectPgSimple(session);

// A session's expiry moves forward at most once a minute per process. Touching it on every
// request would add a committed write (and its WAL flush) to every list the admin loads,
// for an expiry twelve hours away.
const TOUCH_EVERY_MS = 60_000;

// connect-pg-simple's own interval for deleting expired sessions.
const PRUNE_EVERY_MS = 15 * 60_000;

const USER = Symbol('the session user');
type LoadedSession = session.SessionData & { [USER]?: SessionUser | null };

// What the session's own query found of its user: null when the user is gone or disabled.
const loadedUsers = new WeakMap<Request, SessionUser | null>();

/** The user read along with the request's session, if the session came from the store. */
export const loadedSessionUser = (req: Request): SessionUser | null | undefined =>
  loadedUsers.get(req);

/**
 * Sessions in user_sessions through connect-pg-simple, with two changes: the expiry is
 * touched at most once a minute, and a session is read together with its (enabled) user in
 * one query, so an ordinary request asks the database once before its own work, not twice.
 */
export class SessionStore extends PgStore {
  private readonly touchedAt = new Map<string, number>();
  private pruning = false;

  constructor(
    private readonly db: Db,
    options: ConstructorParameters<typeof PgStore>[0],
  ) {
    super(options);
  }

  override get(sid: string, callback: (error: unknown, data?: LoadedSession | null) => void) {
    // The parent arms its pruning timer on its first read; this read arms it here.
    if (!this.pruning) {
      this.pruning = true;
      setTimeout(() => this.pruneSessions(), PRUNE_EVERY_MS).unref();
    }
    this.db
      .raw(
        `SELECT s.sess, u.id, u.email, u.name, u.role, u.exporter_id
           FROM user_sessions s
           LEFT JOIN users u
             ON u.id = CASE WHEN s.sess ->> 'userId' ~ '^[0-9]{1,9}$'
                            THEN (s.sess ->> 'userId')::integer END
            AND NOT u.disabled
          WHERE s.sid = ? AND s.expire >= to_timestamp(?)`,
        [sid, Math.ceil(Date.now() / 1000)],
      )
      .then(({ rows }) => {
        if (rows.length === 0) return callback(null, null);
        const { sess, ...user } = rows[0];
        // sess is a json column: node-postgres has parsed it already.
        const data: LoadedSession = sess;
        // Not enumerable: express-session neither copies it into the session nor saves it.
        Object.defineProperty(data, USER, { value: user.id === null ? null : user });
        callback(null, data);
      }, callback);
  }

  override createSession(req: Request, data: LoadedSession) {
    if (USER in data) loadedUsers.set(req, data[USER] ?? null);
    return super.createSession(req, data);
  }

  override touch(sid: string, sess: session.SessionData, callback?: () => void): void {
    const now = Date.now();
    if (now - (this.touchedAt.get(sid) ?? 0) < TOUCH_EVERY_MS) {
      callback?.();
      return;
    }
    this.touchedAt.set(sid, now);
    // Forget sessions not seen for a while, so the map stays as small as the active users.
    if (this.touchedAt.size > 1000) {
      for (const [id, at] of this.touchedAt)
        if (now - at >= TOUCH_EVERY_MS) this.touchedAt.delete(id);
    }
    super.touch(sid, sess, callback);
  }
}
