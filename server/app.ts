import express from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { authentication } from './auth/authentication';
import { collectionsRouter } from './collections/collections-router';
import { refuseCardNumbers } from './collections/refuse-card-numbers';
import { Config, readConfig } from './config';
import { healthRouter } from './health';
import { corsPolicy } from './http/cors-policy';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { adminStatic } from './admin-static';
import { insuranceRouter } from './insurance/insurance-router';
import { logger as defaultLogger, Logger } from './logger';
import { reportDownloadRouter } from './reports/report-download-router';
import { resourcesRouter } from './rest/resources-router';
import { importsRouter } from './import/imports-router';

export interface AppDeps {
  db: Db;
  /** Read from the environment when left out. */
  config?: Config;
  /** Tests pass a logger that writes where they can read it. */
  logger?: Logger;
}

/** TRUST_PROXY: a number of proxy hops, or what Express accepts by name ("loopback", ...). */
const trustProxy = (value: string) => (/^\d+$/.test(value) ? Number(value) : value);

/** The HTTP application: everything under /api, the admin UI at /. */
export function createApp(deps: AppDeps): express.Express {
  const { db, config = readConfig(), logger = defaultLogger } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (config.trustProxy) app.set('trust proxy', trustProxy(config.trustProxy));
  // Upgrading requests to https would break the plain-http `npm start` outside production.
  const upgradeInsecureRequests = config.production ? [] : null;
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests } } }));
  app.use('/api', corsPolicy(config.corsOrigins));
  // Before the request logger: a request carrying a card number is refused, never logged.
  app.use(refuseCardNumbers());
  app.use(
    pinoHttp({
      logger,
      genReqId: (req) => (req.headers['x-request-id'] as string) || randomUUID(),
    }),
  );
  app.use('/api', healthRouter(db));
  // Everything below needs a session (see server/auth/authentication.ts).
  app.use('/api', authentication({ db, config, logger }));
  app.use('/api', reportDownloadRouter(db));
  // Commands before the generic routes, whose /:id would otherwise claim /claims/open.
  app.use('/api', insuranceRouter(db));
  app.use('/api', collectionsRouter(db));
  app.use('/api', importsRouter(db));
  app.use('/api', resourcesRouter(db));
  app.use('/api', notFoundHandler);
  app.use(adminStatic());
  app.use(errorHandler);
  return app;
}
