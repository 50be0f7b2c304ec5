import type { Knex } from 'knex';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { renderReminder } from './render-reminder';

export interface GeneratedReminders {
  as_of: string;
  created: number;
  invoices: number;
  reminder_ids: number[];
}

/**
 * Makes the reminders due on a date: one per exporter, buyer, level and currency, listing
 * each invoice's open balance (dunning_candidates() in SQL holds the rules). Running it
 * twice for the same date adds nothing. The nightly job calls this.
 */
export async function generateReminders(
  db: Knex,
  asOf: string,
  context: RequestContext = {},
): Promise<GeneratedReminders> {
  return db.transaction(async (trx) => {
    // One run at a time: two overlapping runs would both see the same candidates.
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', ['creditdesk:reminders']);
    const { rows } = await trx.raw(
      `WITH candidates AS MATERIALIZED (SELECT * FROM dunning_candidates(?::date)),
       created AS (
         INSERT INTO reminders (exporter_id, buyer_id, dunning_level_id, reminder_date, channel,
                                currency, total_open)
         SELECT exporter_id, buyer_id, dunning_level_id, ?::date, channel, currency,
                sum(open_balance)
           FROM candidates
          GROUP BY exporter_id, buyer_id, dunning_level_id, channel, currency
         ON CONFLICT DO NOTHING
         RETURNING id, exporter_id, buyer_id, dunning_level_id, currency),
       listed AS (
         INSERT INTO reminder_invoices (reminder_id, invoice_id, dunning_level_id, open_balance)
         SELECT created.id, c.invoice_id, c.dunning_level_id, c.open_balance
           FROM created
           JOIN candidates c ON c.exporter_id = created.exporter_id
            AND c.buyer_id = created.buyer_id AND c.dunning_level_id = created.dunning_level_id
            AND c.currency = created.currency
         RETURNING reminder_id)
       SELECT created.id, (SELECT count(*) FROM listed WHERE reminder_id = created.id)::integer
                AS invoice_count
         FROM created ORDER BY created.id`,
      [asOf, asOf],
    );
    for (const { id } of rows) {
      const [after] = await trx('reminders')
        .where({ id })
        .update(await renderReminder(trx, id))
        .returning('*');
      await writeAudit(trx, context, {
        resource: 'reminders',
        recordId: id,
        action: 'create',
        after,
      });
    }
    return {
      as_of: asOf,
      created: rows.length,
      invoices: rows.reduce(
        (sum: number, row: { invoice_count: number }) => sum + row.invoice_count,
        0,
      ),
      reminder_ids: rows.map((row: { id: number }) => row.id),
    };
  });
}
