import type { Db } from '../db/connection';

// What an invoice import without settled dates writes, children before the rows they
// reference.
const TABLES = ['invoices', 'buyer_accounts', 'buyers', 'audit_log'];

/** The highest id of each table an import writes to: whatever comes after, it added. */
export type ImportWatermark = Record<string, number>;

export async function importWatermark(db: Db): Promise<ImportWatermark> {
  const marks: ImportWatermark = {};
  for (const table of TABLES) {
    marks[table] = Number((await db(table).max({ id: 'id' }))[0].id ?? 0);
  }
  return marks;
}

/**
 * Deletes every row added since the watermark and vacuums, so the bench database holds
 * only what bench:data made. Nothing else writes to it while a bench step runs, so "added
 * since" means "added by the import", and nothing can reference those rows yet. That is why
 * the foreign-key triggers are off for the delete (as for bench:data's load): checking a
 * dozen referencing tables row by row, some without an index on the column (alerts), took
 * longer than the import itself at 20,000 invoices and would grow with the data. The vacuum
 * matters on a large data set: 100,000 dead invoices stay below autovacuum's threshold and
 * would slow the next `--reuse` run.
 */
export async function removeImportedRows(db: Db, since: ImportWatermark): Promise<void> {
  await db.transaction(async (trx) => {
    await trx.raw('SET LOCAL session_replication_role = replica');
    for (const table of TABLES) await trx(table).where('id', '>', since[table]).delete();
    // With the triggers off, the open-invoice counts still hold the deleted invoices.
    await trx.raw('SELECT recount_open_invoices()');
  });
  await db.raw('VACUUM ANALYZE invoices, buyer_accounts, buyers');
}
