import { buildAdminIfStale } from './admin-build';
import { sessionSecret } from './auth/session-secret';
import { startCreditdesk } from './boot';
import { readConfig } from './config';
import { logger } from './logger';
import { startupBanner } from './startup-banner';

/** `npm start`: the database, its migrations, the demo data, the API and the admin UI. */
async function main(): Promise<void> {
  const config = readConfig();
  // Build the admin UI first when admin/dist is missing or older than its sources.
  await buildAdminIfStale();
  // Refuse to start (before any database) in production without SESSION_SECRET.
  config.sessionSecret = sessionSecret(config, logger);
  const creditdesk = await startCreditdesk(config);
  logger.info({ url: creditdesk.url }, 'Creditdesk is running');
  process.stdout.write(startupBanner(creditdesk, config));
  const shutdown = async () => {
    await creditdesk.stop();
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
