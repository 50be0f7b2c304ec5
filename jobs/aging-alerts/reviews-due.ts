import type { Db } from '../../db/connection';

/** Undecided 45-day reviews: one alert each, so the staff book the call with the exporter. */
export async function alertReviewsDue(db: Db, asOf: string, exporterId?: number): Promise<number> {
  const { rowCount } = await db.raw(
    `INSERT INTO alerts (kind, exporter_id, buyer_id, invoice_id, due_date, raised_on, message)
     SELECT 'review_due', i.exporter_id, i.buyer_id, i.id, r.entered_date, :asOf::date,
            'Invoice ' || i.number || ' is 45 days past due: review it with the exporter'
       FROM reviews r JOIN invoices i ON i.id = r.invoice_id
      WHERE r.decision IS NULL AND r.entered_date <= :asOf::date
        AND (:exporterId::integer IS NULL OR i.exporter_id = :exporterId::integer)
     ON CONFLICT DO NOTHING`,
    { asOf, exporterId: exporterId ?? null },
  );
  return rowCount ?? 0;
}
