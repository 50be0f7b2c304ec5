import session from 'express-session';
import type { Db } from '../../db/connection';
import type { Logger } from '../logger';
import { SessionStore } from './session-store';

declare module 'express-session' {
  interface SessionData {
    userId: number;
  }
}

export const SESSION_COOKIE = 'creditdesk.sid';
const SESSION_HOURS = 12;

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
    store: new SessionStore(db, {
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
