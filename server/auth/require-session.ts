import type { RequestHandler } from 'express';
import type { Db } from '../../db/connection';
import { HttpError } from '../http/http-error';
import { currentUser } from './current-user';
import { loadedSessionUser } from './session-store';

/** Everything after this needs a session of an enabled user; req.user says who it is. */
export function requireSession(db: Db): RequestHandler {
  return async (req, _res, next) => {
    // CORS preflights never carry cookies; the CORS middleware answers them.
    if (req.method === 'OPTIONS') return next();
    const userId = req.session?.userId;
    // Usually read with the session; a session made in this very request asks afresh.
    const loaded = loadedSessionUser(req);
    const user = userId ? (loaded === undefined ? await currentUser(db, userId) : loaded) : null;
    if (!user) throw new HttpError(401, 'You are not logged in, or your session has expired');
    req.user = { id: user.id, role: user.role, exporter_id: user.exporter_id };
    next();
  };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Exporter users read; they never write, through any route, present or future. */
export const exportersReadOnly: RequestHandler = (req, _res, next) => {
  if (req.user?.role === 'exporter' && !READS.has(req.method)) {
    throw new HttpError(403, 'Exporter users can look at records but not change them');
  }
  next();
};
