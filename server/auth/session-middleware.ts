import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Db } from '../../db/connection';
import type { Logger } from '../logger';

declare module 'express-session' {
  interface SessionData {
    userId: number;
  }
}

export const SESSION_COOKIE = 'creditdesk.sid';
const SESSION_HOURS = 12;

const PgStore = connectPgSimple(session);

// A session's expiry moves forward at most once a minute per process. Touching it on every
// request would add a committed write (and its WAL flush) to every list the admin loads,
// for an expiry twelve hours away.
const TOUCH_EVERY_MS = 60_000;

class ThrottledPgStore extends PgStore {
  private readonly touchedAt = new Map<string, number>();

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

/**
 * connect-pg-simple accepts anything with pg-promise's `any(sql, params)`; this one runs its
 * queries through our knex pool, turning pg's `$n` placeholders into knex's `?` bindings.
 */
function knexAsPgPromise(db: Db) {
  return {
    any: async (sql: string, params: unknown[] = []) => {
      const bindings: unknown[] = [];
      const text = sql.replace(/\$(\d+)/g, (_match, n: string) => {
        const value = params[Number(n) - 1];
        bindings.push(value !== null && typeof value === 'object' ? JSON.stringify(value) : value);
        return '?';
      });
      const result = await db.raw(text, bindings as never[]);
      return result.rows as Record<string, unknown>[];
    },
  };
}

/** Sessions in Postgres (table user_sessions), behind an httpOnly, SameSite=lax cookie. */
export function sessionMiddleware(options: {
  db: Db;
  secret: string;
  production: boolean;
  logger: Logger;
}) {
  const { db, secret, production, logger } = options;
  return session({
    name: SESSION_COOKIE,
    secret,
    store: new ThrottledPgStore({
      pgPromise: knexAsPgPromise(db),
      tableName: 'user_sessions',
      createTableIfMissing: false,
      errorLog: (...args: unknown[]) => logger.error({ err: args[1] }, String(args[0])),
    }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: production,
      maxAge: SESSION_HOURS * 60 * 60 * 1000,
    },
  });
}
