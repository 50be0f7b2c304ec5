import { Router } from 'express';
import type { Db } from '../db/connection';

/** GET /api/health: 200 once the database answers and no migration is pending. */
export function healthRouter(db: Db): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const [, pending] = await db.migrate.list();
      if (pending.length > 0) {
        res.status(503).json({ status: 'migrating', pending: pending.length });
        return;
      }
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}
