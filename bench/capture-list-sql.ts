import type { Db } from '../db/connection';
import { LIST_TOTAL } from '../server/rest/resource-service';

export interface CapturedSql {
  sql: string;
  bindings: unknown[];
}

/**
 * Runs one request and records the statement the generic layer sent for the resource's
 * list (its page and total together; the session lookup is left out), so the floor can
 * send the same.
 */
export async function captureListSql(
  db: Db,
  request: () => Promise<unknown>,
  resource: string,
): Promise<CapturedSql> {
  const seen: CapturedSql[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await request();
  } finally {
    db.removeListener('query', listener);
  }
  const list = seen.find(
    (q) => q.sql.includes(`AS "${resource}"`) && q.sql.includes(`as "${LIST_TOTAL}"`),
  );
  if (!list) throw new Error(`could not capture the list SQL of ${resource}`);
  // knex writes ? placeholders; node-postgres wants $1, $2...
  let n = 0;
  return { sql: list.sql.replace(/\?/g, () => `$${++n}`), bindings: list.bindings };
}
