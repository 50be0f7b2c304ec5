import type { Knex } from 'knex';
import { writeAudits } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { renderReminders } from './render-reminder';

// Reminders rendered and written per round: a first run over a large book makes many.
const BATCH = 2000;

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
       SELECT created.id, coalesce(n.invoice_count, 0) AS invoice_count
         FROM created
         LEFT JOIN (SELECT reminder_id, count(*)::integer AS invoice_count FROM listed
                     GROUP BY reminder_id) n ON n.reminder_id = created.id
        ORDER BY created.id`,
      [asOf, asOf],
    );
    const ids: number[] = rows.map((row: { id: number }) => row.id);
    // A first run over a large book adds reminders by the hundred thousand: fresh
    // statistics let the rendering below find their lines by index, not by scanning.
    if (ids.length > BATCH) await trx.raw('ANALYZE reminders, reminder_invoices');
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const rendered = await renderReminders(trx, batch);
      // Every reminder just made has a level, a buyer and an exporter, so each is rendered.
      const texts = batch.map((id) => rendered.get(id)!);
      const { rows: written } = await trx.raw(
        `UPDATE reminders r SET subject = t.subject, body = t.body
           FROM unnest(?::integer[], ?::text[], ?::text[]) AS t (id, subject, body)
          WHERE r.id = t.id
         RETURNING r.*`,
        [batch, texts.map((text) => text.subject), texts.map((text) => text.body)],
      );
      await writeAudits(
        trx,
        context,
        written.map((after: { id: number }) => ({
          resource: 'reminders',
          recordId: after.id,
          action: 'create' as const,
          after,
        })),
      );
    }
    return {
      as_of: asOf,
      created: rows.length,
      invoices: rows.reduce(
        (sum: number, row: { invoice_count: number }) => sum + row.invoice_count,
        0,
      ),
      reminder_ids: ids,
    };
  });
}
