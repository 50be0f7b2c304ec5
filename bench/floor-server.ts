import express from 'express';
import type { Server } from 'node:http';
import pg from 'pg';
import { SESSION_OPTIONS } from '../db/connection';
import '../db/pg-types';

/**
 * The floor: the same SQL the API runs for a list request, answered by a bare Express
 * handler over node-postgres, with no parsing, validation, session or generic layer.
 */
export async function startFloorServer(
  url: string,
  pageSql: { sql: string; bindings: unknown[] },
  countSql: { sql: string; bindings: unknown[] },
): Promise<{ url: string; close: () => Promise<void> }> {
  // The same session settings as the app's pool, so the ratio measures only the layers.
  const pool = new pg.Pool({ connectionString: url, options: SESSION_OPTIONS, max: 10 });
  const app = express();
  app.get('/list', async (_req, res) => {
    const [page, count] = await Promise.all([
      pool.query(pageSql.sql, pageSql.bindings),
      pool.query(countSql.sql, countSql.bindings),
    ]);
    res.set('Content-Range', `invoices 0-${(page.rowCount ?? 0) - 1}/${count.rows[0].count}`);
    res.json(page.rows);
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/list`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
