import pino, { DestinationStream } from 'pino';

/**
 * Secrets never reach a log line: these paths are redacted wherever they appear. Session ids
 * travel only in cookies, so redacting the cookie headers keeps them out too.
 */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  '*.password',
  'password_hash',
  '*.password_hash',
  '*.*.password_hash',
  'sessionID',
  '*.sessionID',
  'sid',
  '*.sid',
];

/** A logger with Creditdesk's redaction; tests pass a destination to read what was logged. */
export function createLogger(destination?: DestinationStream, level?: string) {
  const options = {
    level: level ?? process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** The one logger. */
export const logger = createLogger();

export type Logger = pino.Logger;
