import type { Db } from '../../db/connection';

/** The week a report covers: Monday to Sunday, ending on the last Sunday on or before as-of. */
export async function reportWeek(db: Db, asOf: string): Promise<{ start: string; end: string }> {
  const { rows } = await db.raw(
    `SELECT (d - 6)::date AS start, d AS end
       FROM (SELECT (:asOf::date - (extract(isodow FROM :asOf::date)::integer % 7)) AS d) w`,
    { asOf },
  );
  return rows[0];
}

export interface Period {
  exporterId: number;
  start: string;
  end: string;
}

// Every figure of the report is a query here, all in SQL: balances and buckets come from
// invoice_figures(), as everywhere else. The exporter's open invoices with their figures
// are computed once per report into report_open (a temporary table of the report's
// transaction), which the summary's aging, the open-invoices sheet and the limits' exposure
// all read: one computation, so they cannot differ. Each detail query has a twin that
// totals it per currency, so the sheets' totals are the database's, not a JS sum.

export const reportOpenSql = `
  CREATE TEMP TABLE report_open ON COMMIT DROP AS
  SELECT i.id, i.number, i.buyer_id, i.invoice_date, i.due_date, i.amount,
         i.currency::text AS currency, f.*
    FROM open_invoices(:end::date) i CROSS JOIN LATERAL invoice_figures(i, :end::date) f
   WHERE i.exporter_id = :exporterId AND i.invoice_date <= :end::date AND f.open_balance > 0`;

export const summarySql = `
  WITH currencies AS (
    SELECT currency FROM invoices WHERE exporter_id = :exporterId
    UNION SELECT currency FROM payments WHERE exporter_id = :exporterId
  ), issued AS (
    SELECT currency, count(*)::integer AS n, sum(amount) AS amount FROM invoices
     WHERE exporter_id = :exporterId AND invoice_date BETWEEN :start::date AND :end::date
     GROUP BY currency
  ), collected AS (
    SELECT currency, sum(amount) AS amount FROM payments
     WHERE exporter_id = :exporterId AND received_date BETWEEN :start::date AND :end::date
     GROUP BY currency
  ), aged AS (
    SELECT currency,
           sum(open_balance) FILTER (WHERE aging_bucket = 'not_due') AS not_due,
           sum(open_balance) FILTER (WHERE aging_bucket = 'd1_30') AS d1_30,
           sum(open_balance) FILTER (WHERE aging_bucket = 'd31_60') AS d31_60,
           sum(open_balance) FILTER (WHERE aging_bucket = 'd61_90') AS d61_90,
           sum(open_balance) FILTER (WHERE aging_bucket = 'd91_120') AS d91_120,
           sum(open_balance) FILTER (WHERE aging_bucket = 'over_120') AS over_120,
           sum(open_balance) AS total
      FROM report_open GROUP BY currency
  ), sales AS (
    SELECT currency, sum(amount) AS amount FROM invoices
     WHERE exporter_id = :exporterId AND invoice_date > :end::date - 90
       AND invoice_date <= :end::date
     GROUP BY currency
  )
  SELECT c.currency, coalesce(issued.n, 0) AS issued_count,
         coalesce(issued.amount, 0.00) AS issued_amount,
         coalesce(collected.amount, 0.00) AS collected,
         coalesce(aged.total, 0.00) AS open_receivables,
         coalesce(aged.total - aged.not_due, 0.00) AS overdue,
         coalesce(aged.not_due, 0.00) AS not_due, coalesce(aged.d1_30, 0.00) AS d1_30,
         coalesce(aged.d31_60, 0.00) AS d31_60, coalesce(aged.d61_90, 0.00) AS d61_90,
         coalesce(aged.d91_120, 0.00) AS d91_120, coalesce(aged.over_120, 0.00) AS over_120,
         round(coalesce(aged.total, 0) / nullif(sales.amount, 0) * 90, 1) AS dso
    FROM currencies c
    LEFT JOIN issued USING (currency) LEFT JOIN collected USING (currency)
    LEFT JOIN aged USING (currency) LEFT JOIN sales USING (currency)
   ORDER BY c.currency`;

export const issuedSql = `
  SELECT i.number, b.name AS buyer, i.invoice_date, i.due_date, i.amount, i.currency
    FROM invoices i JOIN buyers b ON b.id = i.buyer_id
   WHERE i.exporter_id = :exporterId AND i.invoice_date BETWEEN :start::date AND :end::date
   ORDER BY i.currency, i.invoice_date, i.number`;

export const collectionsSql = `
  SELECT p.received_date, b.name AS buyer, p.method,
         coalesce(p.check_number, p.reference, p.card_processor_ref) AS reference,
         p.amount, p.applied_amount, p.unapplied_amount, p.currency,
         (SELECT string_agg(i.number || ' ' || a.amount, '; ' ORDER BY i.number)
            FROM allocations a JOIN invoices i ON i.id = a.invoice_id
           WHERE a.payment_id = p.id) AS applied_to
    FROM payment_list p JOIN buyers b ON b.id = p.buyer_id
   WHERE p.exporter_id = :exporterId AND p.received_date BETWEEN :start::date AND :end::date
   ORDER BY p.currency, p.received_date, p.id`;

export const depositsSql = `
  SELECT d.deposit_date, d.bank_account, d.reference, d.check_count, d.total, d.currency
    FROM deposit_list d
   WHERE d.exporter_id = :exporterId AND d.deposit_date BETWEEN :start::date AND :end::date
   ORDER BY d.currency, d.deposit_date, d.id`;

export const openSql = `
  SELECT o.number, b.name AS buyer, o.invoice_date, o.due_date, o.amount, o.open_balance,
         o.disputed_amount, o.days_past_due, o.aging_bucket, o.insured, o.mep_expiry,
         o.overdue_notice_due, o.claim_due, o.currency
    FROM report_open o JOIN buyers b ON b.id = o.buyer_id
   ORDER BY o.currency, o.due_date, o.number`;

export const deductionsSql = `
  SELECT i.number, b.name AS buyer, d.opened_date, d.reason_code, d.status, d.amount, i.currency
    FROM deductions d JOIN invoices i ON i.id = d.invoice_id JOIN buyers b ON b.id = i.buyer_id
   WHERE i.exporter_id = :exporterId AND d.opened_date <= :end::date
     AND (d.status IN ('open', 'disputed') OR d.resolved_date BETWEEN :start::date AND :end::date
          OR d.opened_date BETWEEN :start::date AND :end::date)
   ORDER BY i.currency, d.opened_date, d.id`;

export const postDatedSql = `
  SELECT p.check_number, b.name AS buyer, p.received_date, p.check_date, p.amount, p.currency
    FROM payment_list p JOIN buyers b ON b.id = p.buyer_id
   WHERE p.exporter_id = :exporterId AND p.post_dated AND p.deposit_id IS NULL
     AND p.received_date <= :end::date
   ORDER BY p.currency, p.check_date, p.id`;

export const limitsSql = `
  SELECT b.name AS buyer, l.decision, l.effective_date, l.expiry_date, l.amount AS limit_amount,
         coalesce(exposure.amount, 0.00) AS exposure,
         greatest(l.amount - coalesce(exposure.amount, 0), 0.00) AS room, l.currency
    FROM (SELECT DISTINCT buyer_id FROM limit_requests WHERE exporter_id = :exporterId) pairs
    JOIN buyers b ON b.id = pairs.buyer_id
   CROSS JOIN LATERAL limit_in_force(:exporterId, pairs.buyer_id, :end::date) l
    LEFT JOIN (
      SELECT buyer_id, sum(open_balance) AS amount FROM report_open WHERE insured
       GROUP BY buyer_id
    ) exposure ON exposure.buyer_id = pairs.buyer_id
   ORDER BY l.currency, b.name`;

export const claimsSql = `
  SELECT b.name AS buyer, c.status, c.filed_date, c.claim_due, c.filed_late, c.claimed_amount,
         c.expected_payout, c.paid_amount, c.currency
    FROM claim_list c JOIN buyers b ON b.id = c.buyer_id
   WHERE c.exporter_id = :exporterId AND c.created_at::date <= :end::date
   ORDER BY c.currency, c.id`;

// The invoices' deadlines come from report_open through invoice_deadlines(), the rule
// deadline_report() applies; the claims' insolvency deadlines from deadline_report() itself
// (its invoice rows, which have no claim, are never computed for this query).
export const deadlinesSql = `
  SELECT d.kind, coalesce(d.number, '') AS number, b.name AS buyer, d.due_date,
         d.due_date - :end::date AS days_left,
         CASE WHEN d.due_date < :end::date THEN 'missed' ELSE 'upcoming' END AS status,
         d.amount, d.currency
    FROM (SELECT k.kind, o.number, o.buyer_id, k.due_date, o.open_balance AS amount,
                 o.currency, k.kind || '-' || o.id AS id
            FROM report_open o
           CROSS JOIN LATERAL invoice_deadlines(o.id, o.overdue_notice_due, o.claim_due,
                                                :end::date) k
           WHERE o.insured
          UNION ALL
          SELECT r.kind, NULL, r.buyer_id, r.due_date, r.amount, r.currency, r.id
            FROM deadline_report(:end::date) r
           WHERE r.exporter_id = :exporterId AND r.claim_id IS NOT NULL) d
    JOIN buyers b ON b.id = d.buyer_id
   ORDER BY d.currency, d.due_date, d.id`;

/** Totals per currency of one detail query's money column. */
export function totalsSql(detailSql: string, column: string): string {
  return `SELECT currency, sum(${column}) AS total, count(*)::integer AS n
            FROM (${detailSql}) detail GROUP BY currency ORDER BY currency`;
}

export const bindings = (period: Period) => ({
  exporterId: period.exporterId,
  start: period.start,
  end: period.end,
});

export async function rows<T = Record<string, unknown>>(db: Db, sql: string, period: Period) {
  const result = await db.raw(sql, bindings(period));
  return result.rows as T[];
}
