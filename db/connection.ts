import knex, { Knex } from 'knex';
import './pg-types';
import { logger } from '../server/logger';
import { migrationSource } from './migration-source';

export type Db = Knex;

interface PgConnection {
  query(sql: string, callback: (error: Error | null) => void): void;
}

/**
 * Settings every session starts with. No JIT: its compile time (seconds for the aging of a
 * million invoices) dwarfs what it saves on queries that read an index and a few hundred
 * thousand rows at most, which is all Creditdesk runs. And room to group and sort such an
 * aging in memory (the server's default of 4 MB sends it to disk); a pool of ten
 * connections stays well inside any server's memory.
 */
export const SESSION_OPTIONS = '-c jit=off -c work_mem=32MB';
const SESSION_SETTINGS = `SET jit = off; SET work_mem = '32MB'`;

export function connect(url: string, pool = { min: 0, max: 10 }): Db {
  return knex({
    client: 'pg',
    connection: url,
    pool: {
      ...pool,
      afterCreate: (connection: PgConnection, done: (error: Error | null, c: unknown) => void) =>
        connection.query(SESSION_SETTINGS, (error) => done(error ?? null, connection)),
    },
    migrations: { migrationSource, tableName: 'knex_migrations' },
    // knex's own chatter (e.g. each failed connection attempt) goes to the one logger;
    // a database that cannot be reached is reported once, by assertReachable.
    log: {
      warn: (message: unknown) => logger.debug({ knex: message }, 'knex warning'),
      error: (message: unknown) => logger.debug({ knex: message }, 'knex error'),
      deprecate: (message: unknown) => logger.debug({ knex: message }, 'knex deprecation'),
      debug: (message: unknown) => logger.debug({ knex: message }, 'knex debug'),
    },
  });
}

/** Says in one line why a database cannot be used, without a stack trace. */
export async function assertReachable(db: Db, url: string): Promise<void> {
  try {
    await db.raw('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message;
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(url)}: ${reason}`);
  }
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export async function migrateLatest(db: Db): Promise<string[]> {
  const [, applied] = await db.migrate.latest();
  return applied as string[];
}
