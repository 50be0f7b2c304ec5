import { readConfig } from '../server/config';
import { assertReachable, connect, Db, migrateLatest } from './connection';
import { startLocalPostgres } from './local-postgres';
import {
  forgetLocalDatabaseUrl,
  localDatabaseUrl,
  saveLocalDatabaseUrl,
} from './local-database-url';

export interface OpenDatabase {
  db: Db;
  url: string;
  close: () => Promise<void>;
}

/** Whether a URL left by an earlier `npm start` still answers (it may have stopped). */
async function answers(url: string): Promise<boolean> {
  const probe = connect(url, { min: 0, max: 1 });
  try {
    await probe.raw('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await probe.destroy();
  }
}

/**
 * For command-line tools (import, demo): DATABASE_URL; else the embedded PostgreSQL of a
 * running `npm start`; else that same embedded PostgreSQL (.data/postgres) started here
 * for the time of the command. Migrated either way.
 */
export async function openDatabase(): Promise<OpenDatabase> {
  const config = readConfig();
  let url = localDatabaseUrl(config.dataDir);
  let stop = async () => {};
  if (!url || (!config.databaseUrl && !(await answers(url)))) {
    const cluster = await startLocalPostgres(config.dataDir);
    const started = cluster.url;
    // Jobs the command runs (npm run job) find this database through the same file.
    saveLocalDatabaseUrl(config.dataDir, started);
    [url, stop] = [
      started,
      async () => {
        forgetLocalDatabaseUrl(config.dataDir);
        await cluster.stop();
      },
    ];
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
