import type { Knex } from 'knex';

// The figures read the totals each invoice keeps (previous migration), and replay the
// history only for a date before the invoice's last settlement. They stay the one place
// every balance, bucket and deadline is computed, now in two parts:
//   invoice_balance(inv, as_of)  paid, credited, open, disputed, days past due, bucket;
//   invoice_figures(inv, as_of)  the balance plus the cover (limit, policy, deadlines).
// A caller that needs no cover (aging, dunning, reviews, counts) asks for the balance and
// never looks up a limit. open_invoices(as_of) finds the invoices with an open balance on a
// date: through the partial index on open_total for dates the totals already describe, and
// by replaying the history of only those invoices settled after the date.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- What had been paid, credited and was still contested on an invoice by a date, from
    -- the settlement tables: payments from their received date, credits from their date,
    -- deductions from when they were opened or settled. Only dates before an invoice's
    -- settled_through need it. A function of its own (never inlined), so the queries that
    -- read the kept totals do not carry this history in their plans.
    CREATE TYPE settlement AS (paid numeric, credited numeric, contested numeric);
    CREATE FUNCTION settlement_as_of(p_invoice_id integer, p_as_of date)
    RETURNS settlement LANGUAGE sql STABLE AS $$
      SELECT (SELECT coalesce(sum(a.amount), 0.00)
                FROM allocations a JOIN payments p ON p.id = a.payment_id
               WHERE a.invoice_id = p_invoice_id AND p.received_date <= p_as_of),
             (SELECT coalesce(sum(c.amount), 0.00) FROM credit_notes c
               WHERE c.invoice_id = p_invoice_id AND c.credit_date <= p_as_of)
             + (SELECT coalesce(sum(d.amount), 0.00) FROM deductions d
                 WHERE d.invoice_id = p_invoice_id AND d.status IN ('valid', 'written_off')
                   AND d.resolved_date <= p_as_of),
             (SELECT coalesce(sum(d.amount), 0.00) FROM deductions d
               WHERE d.invoice_id = p_invoice_id AND d.opened_date <= p_as_of
                 AND (d.status IN ('open', 'disputed') OR d.resolved_date > p_as_of))
    $$;

    CREATE FUNCTION invoice_balance(inv invoices, p_as_of date)
    RETURNS TABLE (paid_amount numeric, credited_amount numeric, open_balance numeric,
                   disputed_amount numeric, days_past_due integer, aging_bucket text)
    LANGUAGE sql STABLE AS $$
      -- The outer OFFSET 0 has each figure computed once per invoice: a caller that sums
      -- the balance into six buckets would otherwise recompute it (and the days past due
      -- inside the bucket) for every reference. Figures a caller does not read are dropped.
      SELECT * FROM (
      SELECT (totals.s).paid, (totals.s).credited, balance.open, disputed.amount, overdue.days,
             CASE
               WHEN balance.open <= 0 THEN NULL
               WHEN overdue.days <= 0 THEN 'not_due'
               WHEN overdue.days <= 30 THEN 'd1_30'
               WHEN overdue.days <= 60 THEN 'd31_60'
               WHEN overdue.days <= 90 THEN 'd61_90'
               WHEN overdue.days <= 120 THEN 'd91_120'
               ELSE 'over_120'
             END
        -- OFFSET 0 keeps this a subquery of its own: the totals are looked up once per
        -- invoice, however many figures below read them.
        FROM (SELECT CASE
                       WHEN p_as_of IS NULL OR p_as_of >= coalesce(inv.settled_through, p_as_of)
                       THEN ROW(inv.paid_total, inv.credited_total, inv.contested_total)::settlement
                       ELSE settlement_as_of(inv.id, p_as_of)
                     END AS s
              OFFSET 0) totals,
             LATERAL (SELECT inv.amount - (totals.s).paid - (totals.s).credited AS open) balance,
             LATERAL (SELECT CASE
                               WHEN balance.open <= 0 THEN 0.00
                               WHEN inv.disputed THEN balance.open
                               ELSE least(balance.open, (totals.s).contested)
                             END AS amount) disputed,
             LATERAL (SELECT CASE WHEN balance.open > 0 THEN p_as_of - inv.due_date END
                               AS days) overdue
      OFFSET 0) figures
    $$;

    CREATE OR REPLACE FUNCTION invoice_figures(inv invoices, p_as_of date)
    RETURNS TABLE (paid_amount numeric, credited_amount numeric, open_balance numeric,
                   disputed_amount numeric, days_past_due integer, aging_bucket text,
                   insured boolean, limit_amount numeric, policy_id integer, mep_expiry date,
                   overdue_notice_due date, claim_due date)
    LANGUAGE sql STABLE AS $$
      SELECT b.paid_amount, b.credited_amount, b.open_balance, b.disputed_amount,
             b.days_past_due, b.aging_bucket,
             cover.policy_id IS NOT NULL, cover.amount, cover.policy_id,
             inv.due_date + cover.mep_days,
             inv.due_date + cover.mep_days + cover.overdue_notice_days,
             inv.due_date + cover.mep_days + cover.claim_filing_days
        FROM invoice_balance(inv, p_as_of) b
        LEFT JOIN LATERAL (
          SELECT l.policy_id, l.amount, pol.mep_days, pol.overdue_notice_days,
                 pol.claim_filing_days
            FROM limit_in_force(inv.exporter_id, inv.buyer_id, inv.invoice_date) l
            JOIN policies pol ON pol.id = l.policy_id
           WHERE l.amount > 0
             AND inv.due_date - inv.invoice_date <= pol.max_credit_days
        ) cover ON true
    $$;

    -- Invoices with an open balance as of a date (NULL: as recorded now), whenever issued.
    CREATE FUNCTION open_invoices(p_as_of date) RETURNS SETOF invoices
    LANGUAGE sql STABLE AS $$
      SELECT i.* FROM invoices i
       WHERE i.open_total > 0
         AND (p_as_of IS NULL OR coalesce(i.settled_through, p_as_of) <= p_as_of)
      UNION ALL
      SELECT i.* FROM invoices i
       WHERE i.settled_through > p_as_of
         AND (SELECT b.open_balance FROM invoice_balance(i, p_as_of) b) > 0
    $$;

    -- The list keeps its columns and shows open_total, the stored balance its open and
    -- overdue filters read (equal to open_balance, since nothing is settled after today).
    CREATE OR REPLACE VIEW invoice_list AS
      SELECT i.id, i.exporter_id, i.buyer_id, i.purchase_order_id, i.order_confirmation_id,
             i.number, i.invoice_date, i.terms_days, i.due_date, i.amount, i.currency,
             i.po_reference, i.disputed, i.excluded_from_dunning, i.notes, i.created_at,
             i.updated_at, i.version, f.paid_amount, f.credited_amount, f.open_balance,
             f.disputed_amount, f.days_past_due, f.aging_bucket, f.insured, f.limit_amount,
             f.policy_id, f.mep_expiry, f.overdue_notice_due, f.claim_due, i.open_total
        FROM invoices i CROSS JOIN LATERAL invoice_figures(i, current_date) f;

    CREATE OR REPLACE FUNCTION aging_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, exporter_id integer, buyer_id integer, currency text,
                   not_due numeric, d1_30 numeric, d31_60 numeric, d61_90 numeric,
                   d91_120 numeric, over_120 numeric, total numeric, invoice_count integer)
    LANGUAGE sql STABLE AS $$
      SELECT i.exporter_id || '-' || i.buyer_id || '-' || i.currency, p_as_of,
             i.exporter_id, i.buyer_id, i.currency::text,
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'not_due'), 0.00),
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'd1_30'), 0.00),
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'd31_60'), 0.00),
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'd61_90'), 0.00),
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'd91_120'), 0.00),
             coalesce(sum(b.open_balance) FILTER (WHERE b.aging_bucket = 'over_120'), 0.00),
             sum(b.open_balance), count(*)::integer
        FROM open_invoices(p_as_of) i CROSS JOIN LATERAL invoice_balance(i, p_as_of) b
       WHERE i.invoice_date <= p_as_of AND b.open_balance > 0
       GROUP BY i.exporter_id, i.buyer_id, i.currency
    $$;

    CREATE OR REPLACE FUNCTION dunning_candidates(p_as_of date)
    RETURNS TABLE (invoice_id integer, exporter_id integer, buyer_id integer, currency text,
                   dunning_level_id integer, level integer, channel text, open_balance numeric)
    LANGUAGE sql STABLE AS $$
      SELECT i.id, i.exporter_id, i.buyer_id, i.currency::text, next.id, next.level,
             next.channel, f.open_balance - f.disputed_amount
        FROM open_invoices(NULL) i
        CROSS JOIN LATERAL invoice_balance(i, NULL) f
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
         -- No level comes earlier than the earliest offset of any sequence.
         AND i.due_date <= p_as_of - (SELECT coalesce(min(l.offset_days), 0) FROM dunning_levels l)
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

    CREATE OR REPLACE FUNCTION exposure_report(p_as_of date)
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
            FROM open_invoices(p_as_of) i CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
           WHERE i.exporter_id = p.exporter_id AND i.buyer_id = p.buyer_id
             AND i.currency = latest.currency AND i.invoice_date <= p_as_of
             AND f.open_balance > 0) open
        CROSS JOIN LATERAL (
          SELECT min(i.due_date) AS oldest_due
            FROM open_invoices(p_as_of) i CROSS JOIN LATERAL invoice_balance(i, p_as_of) b
           WHERE i.exporter_id = p.exporter_id AND i.buyer_id = p.buyer_id
             AND i.invoice_date <= p_as_of AND b.open_balance > 0) unpaid
        LEFT JOIN LATERAL (
          SELECT d.decision
            FROM limit_decisions d JOIN limit_requests r ON r.id = d.limit_request_id
           WHERE r.exporter_id = p.exporter_id AND r.buyer_id = p.buyer_id
             AND d.decision_date <= p_as_of AND d.decision NOT IN ('pending', 'declined')
           ORDER BY d.decision_date DESC, d.effective_date DESC, d.id DESC LIMIT 1) last ON true
    $$;

    CREATE OR REPLACE FUNCTION buyer_insured(p_exporter_id integer, p_buyer_id integer,
                                             p_on date)
    RETURNS boolean LANGUAGE sql STABLE AS $$
      SELECT EXISTS (SELECT 1 FROM limit_in_force(p_exporter_id, p_buyer_id, p_on) l
                      WHERE l.amount > 0)
          OR EXISTS (SELECT 1 FROM open_invoices(NULL) i
                       CROSS JOIN LATERAL invoice_figures(i, NULL) f
                      WHERE i.exporter_id = p_exporter_id AND i.buyer_id = p_buyer_id
                        AND f.open_balance > 0 AND f.insured)
    $$;

    -- An insured open invoice's two deadlines on a date, from its figures: the overdue
    -- notice until one is sent, the claim filing until a claim is filed. The weekly report
    -- reads them for the invoices it has already figured; deadline_report for all.
    CREATE FUNCTION invoice_deadlines(p_invoice_id integer, p_overdue_notice_due date,
                                      p_claim_due date, p_as_of date)
    RETURNS TABLE (kind text, due_date date)
    LANGUAGE sql STABLE AS $$
      SELECT k.kind, k.due_date
        FROM (VALUES ('overdue_notice', p_overdue_notice_due,
                      NOT EXISTS (SELECT 1 FROM insurer_notices n
                                   WHERE n.invoice_id = p_invoice_id AND n.kind = 'overdue'
                                     AND n.notice_date <= p_as_of)),
                     ('claim_filing', p_claim_due, true)) k (kind, due_date, pending)
       WHERE k.pending
         AND NOT EXISTS (SELECT 1 FROM claim_invoices ci JOIN claims c ON c.id = ci.claim_id
                          WHERE ci.invoice_id = p_invoice_id AND c.filed_date <= p_as_of)
    $$;

    CREATE OR REPLACE FUNCTION deadline_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, kind text, exporter_id integer, buyer_id integer,
                   invoice_id integer, claim_id integer, policy_id integer, currency text,
                   amount numeric, due_date date, days_left integer, status text)
    LANGUAGE sql STABLE AS $$
      SELECT r.id, p_as_of, r.kind, r.exporter_id, r.buyer_id, r.invoice_id, r.claim_id,
             r.policy_id, r.currency, r.amount, r.due_date, r.due_date - p_as_of,
             CASE WHEN r.due_date < p_as_of THEN 'missed' ELSE 'upcoming' END
        FROM (
          SELECT d.kind || '-' || i.id AS id, d.kind, i.exporter_id, i.buyer_id,
                 i.id AS invoice_id, NULL::integer AS claim_id, f.policy_id,
                 i.currency::text AS currency, f.open_balance AS amount, d.due_date
            FROM open_invoices(p_as_of) i
            CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
            CROSS JOIN LATERAL invoice_deadlines(i.id, f.overdue_notice_due, f.claim_due,
                                                 p_as_of) d
           WHERE i.invoice_date <= p_as_of AND f.insured AND f.open_balance > 0
          UNION ALL
          SELECT 'insolvency_notice-' || c.id, 'insolvency_notice', c.exporter_id, c.buyer_id,
                 NULL, c.id, c.policy_id, c.currency, c.claimed_amount,
                 c.insolvency_known_date + pol.insolvency_notice_days
            FROM claims c JOIN policies pol ON pol.id = c.policy_id
           WHERE c.kind = 'insolvency' AND c.insolvency_known_date <= p_as_of
             AND NOT coalesce(c.filed_date <= p_as_of, false)
             AND NOT EXISTS (SELECT 1 FROM insurer_notices n
                              WHERE n.claim_id = c.id AND n.kind = 'insolvency'
                                AND n.notice_date <= p_as_of)
          UNION ALL
          SELECT 'insolvency_claim-' || c.id, 'insolvency_claim', c.exporter_id, c.buyer_id,
                 NULL, c.id, c.policy_id, c.currency, c.claimed_amount,
                 c.insolvency_known_date + pol.claim_filing_days
            FROM claims c JOIN policies pol ON pol.id = c.policy_id
           WHERE c.kind = 'insolvency' AND c.insolvency_known_date <= p_as_of
             AND NOT coalesce(c.filed_date <= p_as_of, false)
        ) r
    $$;

    -- Open and overdue amounts from the open invoices only; sales from the last 90 days'
    -- invoices only: neither reads the whole table.
    CREATE OR REPLACE VIEW dashboard_figures AS
      WITH items AS (
        SELECT i.exporter_id, i.currency::text AS currency, b.open_balance AS open_amount,
               CASE WHEN b.days_past_due > 0 THEN b.open_balance ELSE 0.00 END
                 AS overdue_amount,
               0.00 AS recent_sales, 0.00 AS unapplied_amount, 0.00 AS not_due,
               0.00 AS d1_30, 0.00 AS d31_60, 0.00 AS d61_90, 0.00 AS d91_120,
               0.00 AS over_120
          FROM open_invoices(current_date) i
          CROSS JOIN LATERAL invoice_balance(i, current_date) b
         WHERE b.open_balance > 0
        UNION ALL
        SELECT exporter_id, currency::text, 0.00, 0.00, amount, 0.00,
               0.00, 0.00, 0.00, 0.00, 0.00, 0.00
          FROM invoices
         WHERE invoice_date > current_date - 90 AND invoice_date <= current_date
        UNION ALL
        SELECT exporter_id, currency::text, 0.00, 0.00, 0.00, unapplied_amount,
               0.00, 0.00, 0.00, 0.00, 0.00, 0.00
          FROM payment_list
        UNION ALL
        SELECT exporter_id, currency, 0.00, 0.00, 0.00, 0.00,
               not_due, d1_30, d31_60, d61_90, d91_120, over_120
          FROM aging_report(current_date)
      )
      SELECT coalesce(exporter_id::text, 'all') || '-' || currency AS id,
             exporter_id, currency, grouping(exporter_id) = 1 AS all_exporters,
             sum(open_amount)::numeric(14,2) AS open_receivables,
             sum(overdue_amount)::numeric(14,2) AS overdue_amount,
             sum(unapplied_amount)::numeric(14,2) AS unapplied_cash,
             sum(recent_sales)::numeric(14,2) AS sales_90_days,
             sum(not_due)::numeric(14,2) AS not_due, sum(d1_30)::numeric(14,2) AS d1_30,
             sum(d31_60)::numeric(14,2) AS d31_60, sum(d61_90)::numeric(14,2) AS d61_90,
             sum(d91_120)::numeric(14,2) AS d91_120, sum(over_120)::numeric(14,2) AS over_120,
             CASE WHEN sum(recent_sales) > 0
                  THEN round(sum(open_amount) / sum(recent_sales) * 90, 1) END AS dso
        FROM items
       GROUP BY GROUPING SETS ((currency), (exporter_id, currency));
  `);
}

// The functions this migration rewrites were first written across eight earlier
// migrations; their old text is not kept twice. Going below this point means restoring a
// backup taken before it (or rebuilding the database, as the demo and the tests do).
export async function down(): Promise<void> {
  throw new Error(
    'Migration 20261203190100 cannot be rolled back: restore a backup taken before it',
  );
}
