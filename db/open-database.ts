import path from 'node:path';
import { readConfig } from '../server/config';
import { assertReachable, connect, Db, migrateLatest } from './connection';

export interface OpenDatabase {
  db: Db;
  url: string;
  close: () => Promise<void>;
}

/**
 * For command-line tools (import, demo): DATABASE_URL, or the embedded PostgreSQL that
 * `npm start` keeps in .data/postgres, migrated. Stop `npm start` first in the latter case:
 * one data folder serves one server at a time.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const config = readConfig();
  let url = config.databaseUrl;
  let stop = async () => {};
  if (!url) {
    const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
    const cluster = await startEmbeddedPostgres({
      dataDir: path.resolve(config.dataDir, 'postgres'),
      database: 'creditdesk',
    });
    [url, stop] = [cluster.url, cluster.stop];
  }
  const db = connect(url);
  await assertReachable(db, url);
  await migrateLatest(db);
  return {
    db,
    url,
    close: async () => {
      await db.destroy();
      await stop();
    },
  };
}
