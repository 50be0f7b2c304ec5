import type { Db } from '../db/connection';

export interface CapturedSql {
  sql: string;
  bindings: unknown[];
}

/**
 * Runs one request and records the SQL the generic layer sent for the resource's page and
 * count (the session store's own queries are left out), so the floor can send the same.
 */
export async function captureListSql(db: Db, request: () => Promise<unknown>, source: string) {
  const seen: CapturedSql[] = [];
  const listener = (query: { sql: string; bindings?: unknown[] }) => {
    if (query.sql.includes(`"${source}"`))
      seen.push({ sql: query.sql, bindings: query.bindings ?? [] });
  };
  db.on('query', listener);
  try {
    await request();
  } finally {
    db.removeListener('query', listener);
  }
  const count = seen.find((q) => /count\(\*\)/.test(q.sql));
  const page = seen.find((q) => !/count\(\*\)/.test(q.sql));
  if (!count || !page) throw new Error(`could not capture the list SQL of ${source}`);
  // knex writes ? placeholders; node-postgres wants $1, $2...
  const native = ({ sql, bindings }: CapturedSql) => {
    let n = 0;
    return { sql: sql.replace(/\?/g, () => `$${++n}`), bindings };
  };
  return { page: native(page), count: native(count) };
}
