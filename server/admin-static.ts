import express, { Router } from 'express';
import fs from 'node:fs';
import path from 'node:path';

export const ADMIN_DIST = path.resolve(__dirname, '../admin/dist');

/**
 * The built admin UI at /: its files, and index.html for any other GET outside /api so
 * client routes such as /invoices/12/show survive a reload. Without a build it serves nothing.
 */
export function adminStatic(dist = ADMIN_DIST): Router {
  const router = Router();
  router.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
  router.use((req, res, next) => {
    const index = path.join(dist, 'index.html');
    if (req.method !== 'GET' || req.path.startsWith('/api/') || !fs.existsSync(index))
      return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
