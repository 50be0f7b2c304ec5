import express from 'express';
import type { Server } from 'node:http';
import pg from 'pg';
import { SESSION_OPTIONS } from '../db/connection';
import '../db/pg-types';
import { LIST_ROW_MARK, LIST_TOTAL } from '../server/rest/resource-service';
import type { CapturedSql } from './capture-list-sql';

/**
 * The floor: the same statement the API runs for a list request (its page and total
 * together), answered by a bare Express handler over node-postgres, with no parsing,
 * validation, session or generic layer.
 */
export async function startFloorServer(
  url: string,
  list: CapturedSql,
): Promise<{ url: string; close: () => Promise<void> }> {
  // The same session settings as the app's pool, so the ratio measures only the layers.
  const pool = new pg.Pool({ connectionString: url, options: SESSION_OPTIONS, max: 10 });
  const app = express();
  app.get('/list', async (_req, res) => {
    const { rows } = await pool.query(list.sql, list.bindings);
    const page = rows.filter((row) => row[LIST_ROW_MARK]);
    res.set('Content-Range', `invoices 0-${page.length - 1}/${rows[0][LIST_TOTAL]}`);
    res.json(page);
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
