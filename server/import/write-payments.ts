import { resolveBuyers } from './resolve-buyers';
import { BUYER_COLUMNS, type WriteArgs } from './write-common';

/**
 * Payments in. A payment whose reference this exporter already has is left as it is, so a
 * re-imported file does not record the money twice. A row naming an invoice is applied to
 * it, up to what is open after the file's earlier rows for the same invoice.
 */
export async function writePayments({ trx, exporterId }: WriteArgs) {
  const buyers = await resolveBuyers(trx, exporterId, BUYER_COLUMNS);
  await trx.raw(
    `ALTER TABLE import_rows ADD COLUMN payment_id integer, ADD COLUMN invoice_id integer;
     UPDATE import_rows r SET payment_id = nextval(pg_get_serial_sequence('payments', 'id'))
      WHERE reference IS NULL OR NOT EXISTS (
        SELECT 1 FROM payments p WHERE p.exporter_id = ${Number(exporterId)} AND p.reference = r.reference);
     UPDATE import_rows r SET invoice_id = i.id FROM invoices i
      WHERE i.exporter_id = ${Number(exporterId)} AND i.number = r.invoice_number;`,
  );
  await trx.raw(
    `INSERT INTO payments (id, exporter_id, buyer_id, method, amount, currency, received_date,
                           reference, payer_name, check_number, check_date, notes)
       SELECT payment_id, ?, buyer_id, method, amount::numeric, currency, received_date::date,
              reference, payer_name, check_number, check_date::date, notes
         FROM import_rows WHERE payment_id IS NOT NULL ORDER BY row_no`,
    [exporterId],
  );
  await trx.raw(`
    INSERT INTO allocations (payment_id, invoice_id, amount)
      SELECT payment_id, invoice_id, amount
        FROM (SELECT r.payment_id, r.invoice_id,
                     least(r.amount::numeric, f.open_balance - coalesce(sum(r.amount::numeric) OVER (
                       PARTITION BY r.invoice_id ORDER BY r.row_no
                       ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)) AS amount
                FROM import_rows r
                JOIN invoices i ON i.id = r.invoice_id
               CROSS JOIN LATERAL invoice_figures(i, NULL) f
               WHERE r.payment_id IS NOT NULL) applied
       WHERE amount > 0 ORDER BY payment_id`);
  const { rows } = await trx.raw(`
    SELECT count(*) FILTER (WHERE payment_id IS NOT NULL)::integer AS created,
           count(*) FILTER (WHERE payment_id IS NULL)::integer AS unchanged,
           (SELECT count(*)::integer FROM allocations a JOIN import_rows r USING (payment_id)) AS allocations_created
      FROM import_rows`);
  return { ...rows[0], updated: 0, ...buyers };
}
