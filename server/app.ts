import express from 'express';
import pinoHttp from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { logger } from './logger';
import { healthRouter } from './health';
import { resourcesRouter } from './rest/resources-router';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { adminStatic } from './admin-static';

export interface AppDeps {
  db: Db;
}

/** The HTTP application: everything under /api, the admin UI at /. */
export function createApp({ db }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req.headers['x-request-id'] as string) || randomUUID(),
    }),
  );
  app.use('/api', healthRouter(db));
  app.use('/api', resourcesRouter(db));
  app.use('/api', notFoundHandler);
  app.use(adminStatic());
  app.use(errorHandler);
  return app;
}
