import { resolveBuyers } from './resolve-buyers';
import type { WriteArgs } from './write-common';

const DETAILS = [
  'name',
  'tax_id',
  'country',
  'address',
  'city',
  'region',
  'postal_code',
  'email',
  'phone',
  'contact_name',
  'notes',
];

/**
 * Buyers in: each row is matched like a buyer named in an invoice file (customer number,
 * tax id, name) or created, then gets the details the file gives; empty cells keep what
 * the buyer already has.
 */
export async function writeBuyers({ trx, exporterId, mapped }: WriteArgs) {
  const counts = await resolveBuyers(trx, exporterId, {
    account: 'account_number',
    name: 'name',
    taxId: 'tax_id',
    country: 'country',
  });
  const given = DETAILS.filter((column) => mapped.includes(column));
  const { rows } = await trx.raw(`
    WITH updated AS (
      UPDATE buyers b SET ${given.map((column) => `${column} = coalesce(r.${column}, b.${column})`).join(', ')}
        FROM import_rows r
       WHERE r.buyer_id = b.id
         AND (${given.map((column) => `b.${column}`).join(', ')})
             IS DISTINCT FROM (${given.map((column) => `coalesce(r.${column}, b.${column})`).join(', ')})
      RETURNING b.id)
    SELECT count(*)::integer AS changed FROM updated
      WHERE id NOT IN (SELECT buyer_id FROM import_buyers WHERE created)`);
  const total = counts.buyers_created + counts.buyers_matched;
  return {
    created: counts.buyers_created,
    updated: rows[0].changed,
    unchanged: total - counts.buyers_created - rows[0].changed,
  };
}
