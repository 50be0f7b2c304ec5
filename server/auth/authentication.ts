import express, { Router } from 'express';
import type { Db } from '../../db/connection';
import type { Config } from '../config';
import { HttpError } from '../http/http-error';
import type { Logger } from '../logger';
import { currentUser } from './current-user';
import { login } from './login';
import { loginLimits } from './login-limits';
import { exportersReadOnly, requireSession } from './require-session';
import { SESSION_COOKIE, sessionMiddleware } from './session-middleware';
import { sessionSecret } from './session-secret';

/**
 * Sessions and who may pass: login is open, everything mounted after this router needs a
 * session, and exporter users may only read.
 */
export function authentication(deps: { db: Db; config: Config; logger: Logger }): Router {
  const { db, config, logger } = deps;
  const router = Router();
  const secret = sessionSecret(config, logger);
  router.use(sessionMiddleware({ db, secret, production: config.production, logger }));
  router.post('/auth/login', express.json({ limit: '10kb' }), ...loginLimits(), login(db));
  router.use(requireSession(db));
  router.get('/auth/me', async (req, res) => {
    const user = await currentUser(db, req.user?.id as number);
    if (!user) throw new HttpError(401, 'You are not logged in, or your session has expired');
    res.json(user);
  });
  router.post('/auth/logout', (req, res, next) => {
    req.session.destroy((error) => {
      if (error) return next(error);
      res.clearCookie(SESSION_COOKIE, {
        httpOnly: true,
        sameSite: 'lax',
        secure: config.production,
      });
      res.status(204).end();
    });
  });
  router.use(exportersReadOnly);
  return router;
}
