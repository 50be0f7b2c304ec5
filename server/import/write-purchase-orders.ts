import { resolveBuyers } from './resolve-buyers';
import { BUYER_COLUMNS, updateChanged, upsertCounts, type WriteArgs } from './write-common';

const OPTIONAL = ['order_date', 'season', 'notes'];

/** Purchase orders in; a re-import updates them (unique per exporter and number). */
export async function writePurchaseOrders({ trx, exporterId, mapped }: WriteArgs) {
  const buyers = await resolveBuyers(trx, exporterId, BUYER_COLUMNS);
  const { rows } = await trx.raw(
    `WITH upserted AS (
       INSERT INTO purchase_orders AS o (exporter_id, buyer_id, number, order_date, received_date,
                                         amount, currency, season, notes)
       SELECT ?, buyer_id, number, order_date::date, received_date::date, amount::numeric,
              currency, season, notes
         FROM import_rows ORDER BY row_no
       ${updateChanged('o', ['buyer_id', 'received_date', 'amount', 'currency'], OPTIONAL, mapped)}
       RETURNING (xmax = 0) AS inserted)
     ${upsertCounts}`,
    [exporterId],
  );
  return { ...rows[0], ...buyers };
}
