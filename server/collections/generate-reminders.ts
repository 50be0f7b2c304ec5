import type { Knex } from 'knex';
import { writeAudits } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { DunningText, ReminderDraft, renderReminder } from './render-reminder';

// Reminders rendered and written per round: a first run over a large book makes many.
const BATCH = 2000;

export interface GeneratedReminders {
  as_of: string;
  created: number;
  invoices: number;
  reminder_ids: number[];
}

type Draft = ReminderDraft & { reminder_no: number };

/**
 * Makes the reminders due on a date: one per exporter, buyer, level and currency, listing
 * each invoice's open balance (dunning_candidates() in SQL holds the rules). Running it
 * twice for the same date adds nothing. The nightly job calls this.
 *
 * The day's candidates are set aside first, numbered by the reminder each belongs to; then,
 * a batch of reminders at a time, their text is rendered and each reminder is written once,
 * whole, with its invoices.
 */
export async function generateReminders(
  db: Knex,
  asOf: string,
  context: RequestContext = {},
): Promise<GeneratedReminders> {
  return db.transaction(async (trx) => {
    // One run at a time: two overlapping runs would both see the same candidates.
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', ['creditdesk:reminders']);
    await setCandidatesAside(trx, asOf);
    const { rows: numbered } = await trx.raw(
      'SELECT coalesce(max(reminder_no), 0) AS n FROM due_reminder_lines',
    );
    const texts: DunningText[] = await trx('dunning_texts').select(
      'dunning_level_id',
      'language',
      'subject',
      'body',
    );
    const result: GeneratedReminders = { as_of: asOf, created: 0, invoices: 0, reminder_ids: [] };
    for (let first = 1; first <= numbered[0].n; first += BATCH) {
      const range = [first, first + BATCH - 1];
      const drafts = await draftsBetween(trx, asOf, range);
      const rendered = drafts.map((draft) => renderReminder(draft, texts));
      const { rows: written } = await trx.raw(
        `WITH texts AS (
           SELECT * FROM unnest(?::integer[], ?::text[], ?::text[]) AS t (reminder_no, subject, body)),
         drafts AS (
           SELECT reminder_no, exporter_id, buyer_id, dunning_level_id, channel, currency,
                  sum(open_balance) AS total_open
             FROM due_reminder_lines WHERE reminder_no BETWEEN ? AND ?
            GROUP BY reminder_no, exporter_id, buyer_id, dunning_level_id, channel, currency),
         created AS (
           INSERT INTO reminders (exporter_id, buyer_id, dunning_level_id, reminder_date,
                                  channel, currency, total_open, subject, body)
           SELECT d.exporter_id, d.buyer_id, d.dunning_level_id, ?::date, d.channel, d.currency,
                  d.total_open, t.subject, t.body
             FROM drafts d JOIN texts t USING (reminder_no)
            ORDER BY d.reminder_no
           ON CONFLICT DO NOTHING
           RETURNING *),
         listed AS (
           INSERT INTO reminder_invoices (reminder_id, invoice_id, dunning_level_id, open_balance)
           SELECT c.id, l.invoice_id, l.dunning_level_id, l.open_balance
             FROM created c
             JOIN drafts d ON (d.exporter_id, d.buyer_id, d.dunning_level_id, d.currency)
                            = (c.exporter_id, c.buyer_id, c.dunning_level_id, c.currency)
             JOIN due_reminder_lines l ON l.reminder_no = d.reminder_no
           RETURNING reminder_id)
         SELECT (SELECT count(*) FROM listed)::integer AS listed_invoices, c.*
           FROM created c ORDER BY c.id`,
        [
          drafts.map((draft) => draft.reminder_no),
          rendered.map((text) => text.subject),
          rendered.map((text) => text.body),
          ...range,
          asOf,
        ],
      );
      const reminders = written.map(
        ({ listed_invoices: _, ...reminder }: Record<string, unknown>) => reminder,
      );
      await writeAudits(
        trx,
        context,
        reminders.map((after: { id: unknown }) => ({
          resource: 'reminders',
          recordId: after.id,
          action: 'create' as const,
          after,
        })),
      );
      result.created += reminders.length;
      result.invoices += written[0]?.listed_invoices ?? 0;
      result.reminder_ids.push(...reminders.map((reminder: { id: number }) => reminder.id));
    }
    return result;
  });
}

/**
 * The day's candidates in a temporary table, each numbered by the reminder it goes on (one
 * per exporter, buyer, level and currency), with the invoice details its text shows.
 */
async function setCandidatesAside(trx: Knex, asOf: string): Promise<void> {
  await trx.raw(
    `CREATE TEMPORARY TABLE due_reminder_lines ON COMMIT DROP AS
     SELECT dense_rank() OVER (ORDER BY c.exporter_id, c.buyer_id, c.dunning_level_id,
                                        c.channel, c.currency)::integer AS reminder_no,
            c.*, i.number AS invoice_number, i.invoice_date, i.due_date
       FROM dunning_candidates(?::date) c JOIN invoices i ON i.id = c.invoice_id`,
    [asOf],
  );
  await trx.raw('CREATE INDEX ON due_reminder_lines (reminder_no)');
  await trx.raw('ANALYZE due_reminder_lines');
}

/** Reminders `range` (by number) of the day, with what their text needs. */
async function draftsBetween(trx: Knex, asOf: string, range: number[]): Promise<Draft[]> {
  const { rows } = await trx.raw(
    `SELECT l.reminder_no, l.dunning_level_id, ?::text AS reminder_date, l.currency,
            sum(l.open_balance)::text AS total_open, b.name AS buyer_name, b.language,
            e.name AS exporter_name,
            -- Balances as text: JSON numbers would reach JavaScript as floats.
            json_agg(json_build_object('invoice_number', l.invoice_number,
                                       'invoice_date', l.invoice_date,
                                       'due_date', l.due_date,
                                       'open_balance', l.open_balance::text)
                     ORDER BY l.due_date, l.invoice_number) AS lines
       FROM due_reminder_lines l
       JOIN buyers b ON b.id = l.buyer_id
       JOIN exporters e ON e.id = l.exporter_id
      WHERE l.reminder_no BETWEEN ? AND ?
      GROUP BY l.reminder_no, l.dunning_level_id, l.currency, b.name, b.language, e.name
      ORDER BY l.reminder_no`,
    [asOf, ...range],
  );
  return rows;
}
