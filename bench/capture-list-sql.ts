import type { Db } from '../db/connection';

export interface CapturedSql {
  sql: string;
  bindings: unknown[];
}

/**
 * Runs one request and records the SQL the generic layer sent for the resource's page and
 * count (the session and user lookups are left out), so the floor can send the same.
 */
export async function captureListSql(db: Db, request: () => Promise<unknown>, resource: string) {
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
  // The page selects from the resource's alias, whichever table or view is behind it; the
  // total is the query answering a count, counted there or taken from kept counts.
  const counts = (q: CapturedSql) => /count\(\*\)|AS count\b/i.test(q.sql);
  const count = seen.find(counts);
  const page = seen.find((q) => q.sql.includes(`AS "${resource}"`) && !counts(q));
  if (!count || !page) throw new Error(`could not capture the list SQL of ${resource}`);
  // knex writes ? placeholders; node-postgres wants $1, $2...
  const native = ({ sql, bindings }: CapturedSql) => {
    let n = 0;
    return { sql: sql.replace(/\?/g, () => `$${++n}`), bindings };
  };
  return { page: native(page), count: native(count) };
}
