import pg from 'pg';
import { connect, Db, migrateLatest } from '../db/connection';

export const DEFAULT_BENCH_URL = 'postgres://postgres@127.0.0.1:5432/creditdesk_bench';

export function benchUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_URL;
}

/** Drops and recreates the bench database, migrated and empty, and connects to it. */
export async function freshBenchDatabase(url: string): Promise<Db> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name))
    throw new Error(`Refusing an unusual bench database name: ${name}`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const db = connect(url, { min: 0, max: 20 });
  await migrateLatest(db);
  return db;
}
