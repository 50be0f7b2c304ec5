import pino from 'pino';

/** The one logger. Secrets never reach it: these paths are redacted wherever they appear. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: {
    paths: [
      'req.headers.cookie',
      'req.headers.authorization',
      'res.headers["set-cookie"]',
      '*.password',
      'password',
    ],
    censor: '[redacted]',
  },
});

export type Logger = typeof logger;
