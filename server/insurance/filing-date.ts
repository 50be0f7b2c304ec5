import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';

/**
 * The day a claim is filed: the one asked for, or today. It can be neither before the day
 * the claim was opened nor after today; both days are the database's, like every date here.
 */
export async function filingDate(
  trx: Knex.Transaction,
  claimId: number,
  asked: string | undefined,
): Promise<string> {
  const { rows } = await trx.raw(
    `SELECT filed::text, opened::text, current_date::text AS today
       FROM (SELECT coalesce(?::date, current_date) AS filed, created_at::date AS opened
               FROM claims WHERE id = ?) claim`,
    [asked ?? null, claimId],
  );
  const { filed, opened, today } = rows[0] as Record<string, string>;
  if (filed < opened) {
    throw badRequest(`A claim cannot be filed before it was opened on ${opened}`, {
      filed_date: `cannot be before the claim was opened on ${opened}`,
    });
  }
  if (filed > today) {
    throw badRequest('A claim cannot be filed on a day still to come', {
      filed_date: `cannot be after today, ${today}`,
    });
  }
  return filed;
}
