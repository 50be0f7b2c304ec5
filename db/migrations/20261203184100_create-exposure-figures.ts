import type { Knex } from 'knex';

// Exposure on each exporter's buyers as of a date: open insured invoices (not yet due
// included) against the limit in force, the room left, the amount over the limit, and the
// stop-shipping warning. Per buyer, the same summed over its exporters: limits are held per
// exporter, so one exporter's room never offsets another's excess.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION exposure_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, exporter_id integer, buyer_id integer,
                   policy_id integer, currency text, limit_amount numeric, limit_decision text,
                   limit_expiry_date date, open_insured numeric, not_due_insured numeric,
                   available numeric, over_limit numeric, oldest_unpaid_due_date date,
                   oldest_unpaid_mep_expiry date, past_mep boolean, limit_withdrawn boolean,
                   stop_shipping boolean)
    LANGUAGE sql STABLE AS $$
      SELECT p.exporter_id || '-' || p.buyer_id, p_as_of, p.exporter_id, p.buyer_id,
             latest.policy_id, latest.currency::text, coalesce(l.amount, 0.00), l.decision,
             l.expiry_date, open.insured, open.not_due,
             greatest(coalesce(l.amount, 0.00) - open.insured, 0.00),
             greatest(open.insured - coalesce(l.amount, 0.00), 0.00),
             unpaid.oldest_due, unpaid.oldest_due + pol.mep_days,
             coalesce(unpaid.oldest_due + pol.mep_days < p_as_of, false),
             coalesce(last.decision = 'cancelled', false),
             coalesce(unpaid.oldest_due + pol.mep_days < p_as_of, false)
               OR coalesce(last.decision = 'cancelled', false)
        FROM (SELECT DISTINCT r.exporter_id, r.buyer_id FROM limit_requests r
               WHERE r.request_date <= p_as_of) p
        -- The pair's policy and currency: those of the limit in force, else the latest request.
        LEFT JOIN LATERAL limit_in_force(p.exporter_id, p.buyer_id, p_as_of) l ON true
        CROSS JOIN LATERAL (
          SELECT coalesce(l.policy_id, r.policy_id) AS policy_id,
                 coalesce(l.currency, r.currency) AS currency
            FROM limit_requests r
           WHERE r.exporter_id = p.exporter_id AND r.buyer_id = p.buyer_id
           ORDER BY r.request_date DESC, r.id DESC LIMIT 1) latest
        JOIN policies pol ON pol.id = latest.policy_id
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(f.open_balance) FILTER (WHERE f.insured), 0.00) AS insured,
                 coalesce(sum(f.open_balance) FILTER (WHERE f.insured AND f.days_past_due <= 0),
                          0.00) AS not_due
            FROM invoices i CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
           WHERE i.exporter_id = p.exporter_id AND i.buyer_id = p.buyer_id
             AND i.currency = latest.currency AND i.invoice_date <= p_as_of
             AND f.open_balance > 0) open
        CROSS JOIN LATERAL (
          SELECT min(i.due_date) AS oldest_due
            FROM invoices i CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
           WHERE i.exporter_id = p.exporter_id AND i.buyer_id = p.buyer_id
             AND i.invoice_date <= p_as_of AND f.open_balance > 0) unpaid
        -- Withdrawn: the latest limit decision notified by the date is a cancellation, even
        -- while its notice period runs (shipments after it takes effect are not insured).
        LEFT JOIN LATERAL (
          SELECT d.decision
            FROM limit_decisions d JOIN limit_requests r ON r.id = d.limit_request_id
           WHERE r.exporter_id = p.exporter_id AND r.buyer_id = p.buyer_id
             AND d.decision_date <= p_as_of AND d.decision NOT IN ('pending', 'declined')
           ORDER BY d.decision_date DESC, d.effective_date DESC, d.id DESC LIMIT 1) last ON true
    $$;

    CREATE FUNCTION buyer_exposure_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, buyer_id integer, currency text,
                   exporter_count integer, limit_amount numeric, open_insured numeric,
                   not_due_insured numeric, available numeric, over_limit numeric,
                   oldest_unpaid_due_date date, past_mep boolean, limit_withdrawn boolean,
                   stop_shipping boolean)
    LANGUAGE sql STABLE AS $$
      SELECT e.buyer_id || '-' || e.currency, p_as_of, e.buyer_id, e.currency,
             count(*)::integer, sum(e.limit_amount), sum(e.open_insured),
             sum(e.not_due_insured), sum(e.available), sum(e.over_limit),
             min(e.oldest_unpaid_due_date), bool_or(e.past_mep), bool_or(e.limit_withdrawn),
             bool_or(e.stop_shipping)
        FROM exposure_report(p_as_of) e
       GROUP BY e.buyer_id, e.currency
    $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP FUNCTION buyer_exposure_report(date);
    DROP FUNCTION exposure_report(date);
  `);
}
