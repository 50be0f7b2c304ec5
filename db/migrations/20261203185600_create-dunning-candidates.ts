import type { Knex } from 'knex';

// Which invoice is due which reminder on a date: the one place the dunning rules live.
// Listed: the open balance less the disputed part, as recorded now (a reminder goes out
// today, so it never names what has since been paid). Left out: settled or wholly disputed
// invoices, invoices excluded by hand, buyers whose promise to pay is still ahead, and
// invoices already reminded on or after the date (so a second run that day adds nothing),
// and invoices on a payment plan that is on track (all that is open falls due on agreed
// dates still ahead).
// An invoice never reminded goes straight to the highest level its due date has reached;
// after that it climbs one level per run. The exporter's own sequence, else the default.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION dunning_candidates(p_as_of date)
    RETURNS TABLE (invoice_id integer, exporter_id integer, buyer_id integer, currency text,
                   dunning_level_id integer, level integer, channel text, open_balance numeric)
    LANGUAGE sql STABLE AS $$
      SELECT i.id, i.exporter_id, i.buyer_id, i.currency::text, next.id, next.level,
             next.channel, f.open_balance - f.disputed_amount
        FROM invoices i
        CROSS JOIN LATERAL invoice_figures(i, NULL) f
        CROSS JOIN LATERAL (
          SELECT CASE WHEN EXISTS (SELECT 1 FROM dunning_levels own
                                    WHERE own.exporter_id = i.exporter_id)
                      THEN i.exporter_id END AS exporter_id) sequence
        CROSS JOIN LATERAL (
          SELECT max(l.level) AS level
            FROM reminder_invoices ri JOIN dunning_levels l ON l.id = ri.dunning_level_id
           WHERE ri.invoice_id = i.id) reached
        CROSS JOIN LATERAL (
          SELECT l.id, l.level, l.channel
            FROM dunning_levels l
           WHERE l.exporter_id IS NOT DISTINCT FROM sequence.exporter_id
             AND i.due_date + l.offset_days <= p_as_of
             AND (reached.level IS NULL OR l.level > reached.level)
           ORDER BY CASE WHEN reached.level IS NULL THEN -l.level ELSE l.level END
           LIMIT 1) next
       WHERE i.invoice_date <= p_as_of
         AND NOT i.excluded_from_dunning
         AND f.open_balance - f.disputed_amount > 0
         AND NOT EXISTS (SELECT 1 FROM contacts c
                          WHERE c.buyer_id = i.buyer_id
                            AND (c.exporter_id IS NULL OR c.exporter_id = i.exporter_id)
                            AND c.promise_to_pay_date > p_as_of)
         AND f.open_balance > (SELECT coalesce(sum(coalesce(e.amount, f.open_balance)), 0)
                                 FROM invoice_extensions e
                                WHERE e.invoice_id = i.id AND e.extended_due_date >= p_as_of)
         AND NOT EXISTS (SELECT 1 FROM reminder_invoices ri
                           JOIN reminders r ON r.id = ri.reminder_id
                          WHERE ri.invoice_id = i.id AND r.reminder_date >= p_as_of)
    $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION dunning_candidates(date)');
}
