import express from 'express';
import pinoHttp from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { logger, type Logger } from './logger';
import { healthRouter } from './health';
import { resourcesRouter } from './rest/resources-router';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { collectionsRouter } from './collections/collections-router';
import { refuseCardNumbers } from './collections/refuse-card-numbers';

export interface AppDeps {
  db: Db;
  /** The request logger's logger; tests pass one that captures its output. */
  logger?: Logger;
}

/** The HTTP application: everything under /api, the admin UI at /. */
export function createApp({ db, logger: requestLogger = logger }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // Before the request logger: a request carrying a card number is refused, never logged.
  app.use(refuseCardNumbers());
  app.use(
    pinoHttp({
      logger: requestLogger,
      genReqId: (req) => (req.headers['x-request-id'] as string) || randomUUID(),
    }),
  );
  app.use('/api', healthRouter(db));
  app.use('/api', collectionsRouter(db));
  app.use('/api', resourcesRouter(db));
  app.use('/api', notFoundHandler);
  app.use(errorHandler);
  return app;
}
