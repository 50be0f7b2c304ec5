import type { Knex } from 'knex';
import { auditCreated } from './audit-created';
import type { RequestContext } from '../rest/types';

// Reviews written (and read back for their audit rows) per statement: a first run over a
// large book enters hundreds of thousands, which need not all be in memory at once.
const BATCH = 5000;

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
    const { rows: due } = await trx.raw(
      `SELECT i.id FROM open_invoices(NULL) i CROSS JOIN LATERAL invoice_balance(i, NULL) f
        WHERE f.open_balance > 0 AND i.due_date <= ?::date - 45
          AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.invoice_id = i.id)
        ORDER BY i.id`,
      [asOf],
    );
    const reviewIds: number[] = [];
    for (let start = 0; start < due.length; start += BATCH) {
      const { rows } = await trx.raw(
        `INSERT INTO reviews (invoice_id, entered_date)
         SELECT i.id, i.due_date + 45 FROM invoices i WHERE i.id = ANY (?::integer[])
          ORDER BY i.id
         ON CONFLICT (invoice_id) DO NOTHING
         RETURNING *`,
        [due.slice(start, start + BATCH).map((invoice: { id: number }) => invoice.id)],
      );
      await auditCreated(trx, context, 'reviews', rows);
      reviewIds.push(...rows.map((review: { id: number }) => review.id));
    }
    return { as_of: asOf, entered: reviewIds.length, review_ids: reviewIds };
  });
}
