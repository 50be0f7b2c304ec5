import { assertReachable, connect, migrateLatest } from '../db/connection';
import { readConfig } from '../server/config';
import { logger } from '../server/logger';
import { createMailer } from './mailer';
import { jobRegistry } from './registry';
import { startScheduler } from './scheduler';

/** `npm run jobs`: the scheduler on its own, for a deployment that runs it apart. */
async function main(): Promise<void> {
  const config = readConfig();
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set');
  const db = connect(config.databaseUrl);
  await assertReachable(db, config.databaseUrl);
  await migrateLatest(db);
  const scheduler = startScheduler({
    db,
    logger,
    jobs: jobRegistry(),
    schedule: config.schedule,
    mailer: createMailer(config.smtpUrl, config.mailFrom),
    reportsDir: config.reportsDir,
  });
  const stop = async () => {
    await scheduler.stop();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
