import { resolveBuyers } from './resolve-buyers';
import { BUYER_COLUMNS, upsertCounts, type WriteArgs } from './write-common';

const OPTIONAL = ['order_date', 'season', 'notes'];

/** Purchase orders in; a re-import updates them (unique per exporter and number). */
export async function writePurchaseOrders({ trx, exporterId, mapped }: WriteArgs) {
  const buyers = await resolveBuyers(trx, exporterId, BUYER_COLUMNS);
  const overwritten = [
    'buyer_id',
    'received_date',
    'amount',
    'currency',
    ...OPTIONAL.filter((column) => mapped.includes(column)),
  ];
  const { rows } = await trx.raw(
    `WITH upserted AS (
       INSERT INTO purchase_orders AS o (exporter_id, buyer_id, number, order_date, received_date,
                                         amount, currency, season, notes)
       SELECT ?, buyer_id, number, order_date::date, received_date::date, amount::numeric,
              currency, season, notes
         FROM import_rows ORDER BY row_no
       ON CONFLICT (exporter_id, number) DO UPDATE
          SET ${overwritten.map((column) => `${column} = excluded.${column}`).join(', ')}
        WHERE (${overwritten.map((column) => `o.${column}`).join(', ')})
              IS DISTINCT FROM (${overwritten.map((column) => `excluded.${column}`).join(', ')})
       RETURNING (xmax = 0) AS inserted)
     ${upsertCounts}`,
    [exporterId],
  );
  return { ...rows[0], ...buyers };
}
