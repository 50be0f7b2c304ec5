import type { Knex } from 'knex';

// Read models of collections work: unapplied cash per buyer, post-dated checks still
// waiting for their date, the 45-day review queue with its invoices' figures, the contact
// log with the invoices each contact concerns, the invoices each reminder lists, and the
// daily notice to each exporter of payments received and deposits made.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE VIEW unapplied_cash AS
      SELECT p.exporter_id || '-' || p.buyer_id || '-' || p.currency AS id, p.exporter_id,
             p.buyer_id, p.currency::text AS currency, sum(p.unapplied_amount) AS unapplied_amount,
             count(*)::integer AS payment_count, min(p.received_date) AS oldest_received_date
        FROM payment_list p
       WHERE p.unapplied_amount > 0
       GROUP BY p.exporter_id, p.buyer_id, p.currency;

    -- Listed until the date written on them; from that day they can be deposited.
    CREATE FUNCTION post_dated_checks(p_as_of date) RETURNS SETOF payment_list
    LANGUAGE sql STABLE AS $$
      SELECT * FROM payment_list p
       WHERE p.post_dated AND p.deposit_id IS NULL AND p.check_date > p_as_of
    $$;

    CREATE VIEW review_list AS
      SELECT r.*, i.exporter_id, i.buyer_id, i.number AS invoice_number, i.due_date,
             i.currency::text AS currency, f.open_balance, f.disputed_amount, f.days_past_due,
             f.insured
        FROM reviews r
        JOIN invoices i ON i.id = r.invoice_id
        CROSS JOIN LATERAL invoice_figures(i, current_date) f;

    CREATE VIEW contact_list AS
      SELECT c.*, coalesce((SELECT array_agg(ci.invoice_id ORDER BY ci.invoice_id)
                              FROM contact_invoices ci WHERE ci.contact_id = c.id),
                           '{}') AS invoice_ids
        FROM contacts c;

    CREATE VIEW reminder_invoice_list AS
      SELECT ri.reminder_id || '-' || ri.invoice_id AS id, ri.reminder_id, ri.invoice_id,
             ri.dunning_level_id, l.level, i.number AS invoice_number, i.invoice_date,
             i.due_date, i.currency::text AS currency, ri.open_balance
        FROM reminder_invoices ri
        JOIN invoices i ON i.id = ri.invoice_id
        JOIN dunning_levels l ON l.id = ri.dunning_level_id;

    -- What each exporter is told about one day: payments received and deposits made, per
    -- currency, with the items listed (amounts as text so no float ever carries them).
    CREATE FUNCTION exporter_notices(p_date date)
    RETURNS TABLE (id text, notice_date date, exporter_id integer, currency text,
                   payment_count integer, payments_total numeric, deposit_count integer,
                   deposits_total numeric, payments jsonb, deposits jsonb)
    LANGUAGE sql STABLE AS $$
      WITH received AS (
        SELECT p.exporter_id, p.currency::text AS currency, count(*)::integer AS n,
               sum(p.amount) AS total,
               jsonb_agg(jsonb_build_object(
                 'payment_id', p.id, 'buyer_id', p.buyer_id, 'buyer_name', b.name,
                 'method', p.method, 'amount', p.amount::text,
                 'reference', coalesce(p.check_number, p.reference, p.card_processor_ref),
                 'applied_amount', p.applied_amount::text, 'post_dated', p.post_dated,
                 'check_date', p.check_date) ORDER BY p.id) AS items
          FROM payment_list p JOIN buyers b ON b.id = p.buyer_id
         WHERE p.received_date = p_date
         GROUP BY p.exporter_id, p.currency),
      deposited AS (
        SELECT d.exporter_id, d.currency::text AS currency, count(*)::integer AS n,
               sum(d.total) AS total,
               jsonb_agg(jsonb_build_object(
                 'deposit_id', d.id, 'bank_account', d.bank_account, 'total', d.total::text,
                 'check_count', d.check_count) ORDER BY d.id) AS items
          FROM deposit_list d
         WHERE d.deposit_date = p_date
         GROUP BY d.exporter_id, d.currency)
      SELECT x.exporter_id || '-' || x.currency || '-' || p_date, p_date, x.exporter_id,
             x.currency, coalesce(r.n, 0), coalesce(r.total, 0.00), coalesce(d.n, 0),
             coalesce(d.total, 0.00), coalesce(r.items, '[]'), coalesce(d.items, '[]')
        FROM (SELECT exporter_id, currency FROM received
              UNION SELECT exporter_id, currency FROM deposited) x
        LEFT JOIN received r USING (exporter_id, currency)
        LEFT JOIN deposited d USING (exporter_id, currency)
    $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP FUNCTION exporter_notices(date);
    DROP VIEW reminder_invoice_list;
    DROP VIEW contact_list;
    DROP VIEW review_list;
    DROP FUNCTION post_dated_checks(date);
    DROP VIEW unapplied_cash;
  `);
}
