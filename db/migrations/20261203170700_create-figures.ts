import type { Knex } from 'knex';

// The derived figures, in one place. Every balance, days-past-due, aging bucket, insured
// flag and insurance deadline that the API, the admin, the jobs and the reports show comes
// from these functions, so they cannot disagree. They are plain SQL set-returning functions
// so the planner inlines them and pushes the callers' filters down.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- The buyer's limit for one exporter on a date: the latest decision already in effect.
    -- An expired temporary limit, a decline or a cancellation is a limit of zero.
    CREATE FUNCTION limit_in_force(p_exporter_id integer, p_buyer_id integer, p_on date)
    RETURNS TABLE (limit_decision_id integer, limit_request_id integer, policy_id integer,
                   decision text, amount numeric, currency text, effective_date date,
                   expiry_date date)
    LANGUAGE sql STABLE AS $$
      SELECT d.id, r.id, r.policy_id, d.decision,
             CASE WHEN d.expiry_date < p_on THEN 0.00 ELSE d.granted_amount END,
             r.currency, d.effective_date, d.expiry_date
        FROM limit_decisions d
        JOIN limit_requests r ON r.id = d.limit_request_id
       WHERE r.exporter_id = p_exporter_id AND r.buyer_id = p_buyer_id
         AND d.effective_date <= p_on
       ORDER BY d.effective_date DESC, d.decision_date DESC, d.id DESC
       LIMIT 1
    $$;

    -- One invoice's figures as of a date; p_as_of NULL means "everything recorded so far"
    -- (what cash application checks against). Payments count from their received date,
    -- credits from their date, deductions from when they were opened or resolved.
    CREATE FUNCTION invoice_figures(inv invoices, p_as_of date)
    RETURNS TABLE (paid_amount numeric, credited_amount numeric, open_balance numeric,
                   disputed_amount numeric, days_past_due integer, aging_bucket text,
                   insured boolean, limit_amount numeric, policy_id integer, mep_expiry date,
                   overdue_notice_due date, claim_due date)
    LANGUAGE sql STABLE AS $$
      SELECT paid.amount, credited.amount, balance.open, disputed.amount, overdue.days,
             CASE
               WHEN balance.open <= 0 THEN NULL
               WHEN overdue.days <= 0 THEN 'not_due'
               WHEN overdue.days <= 30 THEN 'd1_30'
               WHEN overdue.days <= 60 THEN 'd31_60'
               WHEN overdue.days <= 90 THEN 'd61_90'
               WHEN overdue.days <= 120 THEN 'd91_120'
               ELSE 'over_120'
             END,
             cover.policy_id IS NOT NULL, cover.amount, cover.policy_id,
             inv.due_date + cover.mep_days,
             inv.due_date + cover.mep_days + cover.overdue_notice_days,
             inv.due_date + cover.mep_days + cover.claim_filing_days
        FROM (SELECT coalesce(sum(a.amount), 0.00) AS amount
                FROM allocations a JOIN payments p ON p.id = a.payment_id
               WHERE a.invoice_id = inv.id
                 AND (p_as_of IS NULL OR p.received_date <= p_as_of)) paid,
             (SELECT coalesce(sum(c.amount), 0.00) AS amount
                FROM credit_notes c
               WHERE c.invoice_id = inv.id
                 AND (p_as_of IS NULL OR c.credit_date <= p_as_of)) credit_notes,
             (SELECT coalesce(sum(d.amount), 0.00) AS amount
                FROM deductions d
               WHERE d.invoice_id = inv.id AND d.status IN ('valid', 'written_off')
                 AND (p_as_of IS NULL OR d.resolved_date <= p_as_of)) allowed,
             LATERAL (SELECT credit_notes.amount + allowed.amount AS amount) credited,
             LATERAL (SELECT inv.amount - paid.amount - credited.amount AS open) balance,
             LATERAL (SELECT CASE WHEN balance.open <= 0 THEN 0.00
                                  WHEN inv.disputed THEN balance.open
                                  ELSE least(balance.open, coalesce(sum(d.amount), 0.00))
                             END AS amount
                        FROM deductions d
                       WHERE d.invoice_id = inv.id
                         AND (p_as_of IS NULL OR d.opened_date <= p_as_of)
                         AND (d.status IN ('open', 'disputed')
                              OR (p_as_of IS NOT NULL AND d.resolved_date > p_as_of))) disputed,
             LATERAL (SELECT CASE WHEN balance.open > 0 THEN p_as_of - inv.due_date END
                               AS days) overdue
        LEFT JOIN LATERAL (
          SELECT l.policy_id, l.amount, pol.mep_days, pol.overdue_notice_days,
                 pol.claim_filing_days
            FROM limit_in_force(inv.exporter_id, inv.buyer_id, inv.invoice_date) l
            JOIN policies pol ON pol.id = l.policy_id
           WHERE l.amount > 0
             AND inv.due_date - inv.invoice_date <= pol.max_credit_days
        ) cover ON true
    $$;

    -- Invoices with today's figures: what the invoices resource reads.
    CREATE VIEW invoice_list AS
      SELECT i.*, f.paid_amount, f.credited_amount, f.open_balance, f.disputed_amount,
             f.days_past_due, f.aging_bucket, f.insured, f.limit_amount, f.policy_id,
             f.mep_expiry, f.overdue_notice_due, f.claim_due
        FROM invoices i CROSS JOIN LATERAL invoice_figures(i, current_date) f;

    -- Open receivables by exporter, buyer and currency in the aging buckets, as of a date.
    -- Only invoices issued by that date count, and only payments received by it.
    CREATE FUNCTION aging_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, exporter_id integer, buyer_id integer, currency text,
                   not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
                   d91_120 numeric, over_120 numeric, total numeric, invoice_count integer)
    LANGUAGE sql STABLE AS $$
      SELECT i.exporter_id || '-' || i.buyer_id || '-' || i.currency, p_as_of,
             i.exporter_id, i.buyer_id, i.currency::text,
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'not_due'), 0.00),
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'd1_30'), 0.00),
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'd31_60'), 0.00),
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'd61_90'), 0.00),
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'd91_120'), 0.00),
             coalesce(sum(f.open_balance) FILTER (WHERE f.aging_bucket = 'over_120'), 0.00),
             sum(f.open_balance), count(*)::integer
        FROM invoices i CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
       WHERE i.invoice_date <= p_as_of AND f.open_balance > 0
       GROUP BY i.exporter_id, i.buyer_id, i.currency
    $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP FUNCTION aging_report(date);
    DROP VIEW invoice_list;
    DROP FUNCTION invoice_figures(invoices, date);
    DROP FUNCTION limit_in_force(integer, integer, date);
  `);
}
