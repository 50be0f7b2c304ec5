import type { Db } from '../../db/connection';

/** Post-dated checks whose date has come and that wait in no deposit: one alert each. */
export async function alertDepositableChecks(
  db: Db,
  asOf: string,
  exporterId?: number,
): Promise<number> {
  const { rowCount } = await db.raw(
    `INSERT INTO alerts (kind, exporter_id, buyer_id, payment_id, due_date, raised_on, message)
     SELECT 'check_depositable', p.exporter_id, p.buyer_id, p.id, p.check_date, :asOf::date,
            'Post-dated check ' || p.check_number || ' of ' || p.amount || ' ' || p.currency
              || ' can be deposited from ' || to_char(p.check_date, 'YYYY-MM-DD')
       FROM payment_list p
      WHERE p.post_dated AND p.deposit_id IS NULL AND p.check_date <= :asOf::date
        AND (:exporterId::integer IS NULL OR p.exporter_id = :exporterId::integer)
     ON CONFLICT DO NOTHING`,
    { asOf, exporterId: exporterId ?? null },
  );
  return rowCount ?? 0;
}
