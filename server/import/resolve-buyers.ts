import type { Knex } from 'knex';

/** The staging columns that say who a row's buyer is. */
export interface BuyerColumns {
  account: string;
  name: string;
  taxId: string;
  country: string;
}

export interface BuyerCounts {
  buyers_created: number;
  buyers_matched: number;
}

/**
 * Gives every staged row a buyer_id: the buyer this exporter knows by that customer number,
 * else the one with that tax id, else the one with that name (case ignored), else a new
 * buyer. Each distinct buyer of the file is resolved once, from its first row; customer
 * numbers are remembered for the exporter so the next file matches on them.
 */
export async function resolveBuyers(
  trx: Knex.Transaction,
  exporterId: number,
  { account, name, taxId, country }: BuyerColumns,
): Promise<BuyerCounts> {
  await trx.raw(`
    ALTER TABLE import_rows ADD COLUMN buyer_key text, ADD COLUMN buyer_id integer;
    UPDATE import_rows SET buyer_key = CASE
      WHEN ${account} IS NOT NULL THEN 'account:' || ${account}
      WHEN ${taxId} IS NOT NULL THEN 'tax:' || ${taxId}
      ELSE 'name:' || lower(trim(${name})) END;
    CREATE TEMP TABLE import_buyers ON COMMIT DROP AS
      SELECT DISTINCT ON (buyer_key) buyer_key, ${account} AS account, ${name} AS name,
             ${taxId} AS tax_id, ${country} AS country, NULL::integer AS buyer_id,
             false AS created
        FROM import_rows ORDER BY buyer_key, row_no;
  `);
  await trx.raw(
    `UPDATE import_buyers k SET buyer_id = a.buyer_id FROM buyer_accounts a
      WHERE a.exporter_id = ? AND a.account_number = k.account`,
    [exporterId],
  );
  await trx.raw(`
    UPDATE import_buyers k SET buyer_id = b.id FROM buyers b
     WHERE k.buyer_id IS NULL AND k.tax_id IS NOT NULL AND b.tax_id = k.tax_id
       AND (k.country IS NULL OR b.country = k.country);
    UPDATE import_buyers k SET buyer_id = b.id FROM buyers b
     WHERE k.buyer_id IS NULL AND k.name IS NOT NULL AND lower(trim(b.name)) = lower(trim(k.name));
    UPDATE import_buyers SET buyer_id = nextval(pg_get_serial_sequence('buyers', 'id')), created = true
     WHERE buyer_id IS NULL;
    INSERT INTO buyers (id, name, country, tax_id)
      SELECT buyer_id, coalesce(name, account, tax_id), coalesce(country, 'US'), tax_id
        FROM import_buyers WHERE created ORDER BY buyer_id;
  `);
  await trx.raw(
    `INSERT INTO buyer_accounts (exporter_id, buyer_id, account_number)
       SELECT ?, buyer_id, account FROM import_buyers WHERE account IS NOT NULL
     ON CONFLICT (exporter_id, account_number) DO NOTHING`,
    [exporterId],
  );
  await trx.raw(`UPDATE import_rows r SET buyer_id = k.buyer_id
                   FROM import_buyers k WHERE k.buyer_key = r.buyer_key`);
  const { rows } = await trx.raw(`SELECT count(*) FILTER (WHERE created)::integer AS created,
                                         count(*) FILTER (WHERE NOT created)::integer AS matched
                                    FROM import_buyers`);
  return { buyers_created: rows[0].created, buyers_matched: rows[0].matched };
}
