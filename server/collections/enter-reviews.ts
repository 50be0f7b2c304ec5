import type { Knex } from 'knex';
import { auditCreated } from './audit-created';
import type { RequestContext } from '../rest/types';

/**
 * Puts every invoice 45 or more days past due (and still open) in the review queue, dated
 * the day it reached 45 days. An invoice enters once; running again adds nothing. The
 * nightly job calls this.
 */
export async function enterReviews(
  db: Knex,
  asOf: string,
  context: RequestContext = {},
): Promise<{ as_of: string; entered: number; review_ids: number[] }> {
  return db.transaction(async (trx) => {
    const { rows } = await trx.raw(
      `INSERT INTO reviews (invoice_id, entered_date)
       SELECT i.id, i.due_date + 45
         FROM open_invoices(NULL) i CROSS JOIN LATERAL invoice_balance(i, NULL) f
        WHERE f.open_balance > 0 AND i.due_date <= ?::date - 45
       ON CONFLICT (invoice_id) DO NOTHING
       RETURNING *`,
      [asOf],
    );
    await auditCreated(trx, context, 'reviews', rows);
    return { as_of: asOf, entered: rows.length, review_ids: rows.map((r: { id: number }) => r.id) };
  });
}
