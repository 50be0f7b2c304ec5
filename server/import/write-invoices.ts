import type { Knex } from 'knex';
import { resolveBuyers } from './resolve-buyers';
import { BUYER_COLUMNS, updateChanged, upsertCounts, type WriteArgs } from './write-common';

// Columns a re-import overwrites when the file has them; the rest keep what they hold.
const OPTIONAL = ['terms_days', 'po_reference', 'disputed', 'notes'];

/**
 * Invoices in, re-imports update rather than duplicate (unique per exporter and number).
 * A settled date creates a payment of the invoice's open balance on that date, applied to
 * it, unless nothing is open any more; a dispute flag marks the invoice disputed.
 */
export async function writeInvoices({ trx, exporterId, mapped, mapping }: WriteArgs) {
  const buyers = await resolveBuyers(trx, exporterId, BUYER_COLUMNS);
  const { rows } = await trx.raw(
    `WITH upserted AS (
       INSERT INTO invoices AS i (exporter_id, buyer_id, number, invoice_date, terms_days, due_date,
                                  amount, currency, po_reference, disputed, notes)
       SELECT ?, buyer_id, number, invoice_date::date, terms_days::integer,
              coalesce(due_date::date, invoice_date::date + terms_days::integer), amount::numeric,
              currency, po_reference, coalesce(disputed::boolean, false), notes
         FROM import_rows ORDER BY row_no
       ${updateChanged('i', ['buyer_id', 'invoice_date', 'due_date', 'amount', 'currency'], OPTIONAL, mapped)}
       RETURNING (xmax = 0) AS inserted)
     ${upsertCounts}`,
    [exporterId],
  );
  const settled = mapped.includes('settled_date')
    ? await settleInvoices(trx, exporterId, mapping.payment_method ?? 'wire')
    : { payments_created: 0 };
  return { ...rows[0], ...buyers, ...settled };
}

async function settleInvoices(trx: Knex.Transaction, exporterId: number, method: string) {
  await trx.raw(
    `CREATE TEMP TABLE import_settlements ON COMMIT DROP AS
       SELECT nextval(pg_get_serial_sequence('payments', 'id'))::integer AS payment_id,
              i.id AS invoice_id, i.number, i.buyer_id, i.currency,
              s.settled_date::date AS received_date, f.open_balance AS amount
         FROM import_rows s
         JOIN invoices i ON i.exporter_id = ? AND i.number = s.number
        CROSS JOIN LATERAL invoice_figures(i, NULL) f
        WHERE s.settled_date IS NOT NULL AND f.open_balance > 0
        ORDER BY s.row_no`,
    [exporterId],
  );
  await trx.raw(
    `INSERT INTO payments (id, exporter_id, buyer_id, method, amount, currency, received_date,
                           reference, notes)
       SELECT payment_id, ?, buyer_id, ?, amount, currency, received_date,
              'settlement ' || number, 'Settled date of invoice ' || number || ' in an imported file'
         FROM import_settlements ORDER BY payment_id;
     `,
    [exporterId, method],
  );
  await trx.raw(`INSERT INTO allocations (payment_id, invoice_id, amount)
                   SELECT payment_id, invoice_id, amount FROM import_settlements ORDER BY payment_id`);
  const { rows } = await trx.raw('SELECT count(*)::integer AS count FROM import_settlements');
  return { payments_created: rows[0].count };
}
