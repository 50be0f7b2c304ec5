import type { Db } from '../db/connection';

/** The median wall time (ms) of a SQL statement over a few runs, after one warm-up. */
export async function medianMs(
  db: Db,
  sql: string,
  bindings: unknown[] = [],
  runs = 3,
): Promise<number> {
  await db.raw(sql, bindings as never);
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const started = process.hrtime.bigint();
    await db.raw(sql, bindings as never);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]);
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement, as text for the benchmark notes. */
export async function explain(db: Db, sql: string, bindings: unknown[] = []): Promise<string> {
  const { rows } = await db.raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, bindings as never);
  return rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
}
