import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Logger } from '../logger';

/**
 * The secret that signs session cookies. Production refuses to run without SESSION_SECRET;
 * elsewhere a random one per process will do, at the price of sessions ending on restart.
 */
export function sessionSecret(config: Pick<Config, 'sessionSecret' | 'production'>, log: Logger) {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.production) {
    throw new Error('SESSION_SECRET must be set when NODE_ENV is production');
  }
  log.warn(
    'SESSION_SECRET is not set: using a random secret, so sessions end when this process does',
  );
  return randomBytes(32).toString('hex');
}
