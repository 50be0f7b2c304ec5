import type { Knex } from 'knex';
import type { ImportMapping } from './import-mapping';
import type { BuyerColumns } from './resolve-buyers';

/** What every writer gets: the transaction holding import_rows, and what the file had. */
export interface WriteArgs {
  trx: Knex.Transaction;
  exporterId: number;
  /** the fields the file has a column for */
  mapped: string[];
  mapping: ImportMapping;
}

export type WriteCounts = Record<string, number>;

export const BUYER_COLUMNS: BuyerColumns = {
  account: 'buyer_account',
  name: 'buyer_name',
  taxId: 'buyer_tax_id',
  country: 'buyer_country',
};

/** Closes an `upserted` CTE that returns `inserted`: how many rows were new, changed, same. */
export const upsertCounts = `
  SELECT count(*) FILTER (WHERE inserted)::integer AS created,
         count(*) FILTER (WHERE NOT inserted)::integer AS updated,
         ((SELECT count(*) FROM import_rows) - count(*))::integer AS unchanged
    FROM upserted`;

/**
 * The ON CONFLICT clause of a re-import keyed on (exporter_id, number): it overwrites the
 * columns always given and the optional ones the file has, and only rows that changed.
 */
export function updateChanged(
  alias: string,
  always: string[],
  optional: string[],
  mapped: string[],
) {
  const columns = [...always, ...optional.filter((column) => mapped.includes(column))];
  return `ON CONFLICT (exporter_id, number) DO UPDATE
     SET ${columns.map((column) => `${column} = excluded.${column}`).join(', ')}
   WHERE (${columns.map((column) => `${alias}.${column}`).join(', ')})
         IS DISTINCT FROM (${columns.map((column) => `excluded.${column}`).join(', ')})`;
}
