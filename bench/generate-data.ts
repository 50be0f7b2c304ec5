import type { Db } from '../db/connection';

export interface DataSize {
  invoices: number;
  exporters: number;
  buyers: number;
  /** The last day of the three years of history; the large exporter's open items end here. */
  asOf: string;
}

export function dataSizeFor(invoices: number, asOf = '2026-11-30'): DataSize {
  return {
    invoices,
    exporters: 50,
    buyers: Math.max(100, Math.round(invoices / 50)),
    asOf,
  };
}

/**
 * Generates a receivables book straight into Postgres with set-based SQL: 50 exporters (the
 * first much larger: a fifth of the invoices, half of them left open), buyers, a policy,
 * limits for most exporter–buyer pairs, invoices over three years in USD, CAD and EUR,
 * payments (about 80 % of invoices, one in ten partial) each with its allocation, and
 * deductions on one invoice in twenty. The triggers are switched off for the load (the
 * rows are consistent by construction, and the invoices' settlement totals are counted
 * once at the end), then everything is vacuumed and analysed.
 */
export async function generateData(db: Db, size: DataSize): Promise<Record<string, number>> {
  const b = { ...size };
  await db.transaction(async (trx) => {
    await trx.raw(`SET LOCAL session_replication_role = replica`);
    await trx.raw(`SELECT setseed(0.42)`);
    await trx.raw(
      `INSERT INTO exporters (name, country, language, report_emails)
       SELECT 'Bench Exporter ' || lpad(g::text, 2, '0'), 'IT',
              CASE WHEN g % 3 = 0 THEN 'en' ELSE 'it' END,
              ARRAY['credit' || g || '@exporter.example']
         FROM generate_series(1, :exporters::integer) g`,
      b,
    );
    await trx.raw(
      `INSERT INTO buyers (name, country, tax_id, city)
       SELECT 'Bench Buyer ' || lpad(g::text, 5, '0') || CASE WHEN g % 4 = 0 THEN ' Ltd.' ELSE ' Inc.' END,
              CASE WHEN g % 5 = 0 THEN 'CA' ELSE 'US' END, lpad(g::text, 9, '0'),
              (ARRAY['New York', 'Chicago', 'Houston', 'Toronto', 'Miami', 'Seattle'])[1 + g % 6]
         FROM generate_series(1, :buyers::integer) g`,
      b,
    );
    await trx.raw(
      `INSERT INTO policies (insurer, policy_number, currency, start_date, end_date, mep_days,
         overdue_notice_days, claim_filing_days, waiting_period_days, insured_percent,
         deductible, max_credit_days, premium_rate, min_premium)
       VALUES ('Atlantic Credit Insurance Co.', 'BENCH-GCP-1', 'USD', :asOf::date - 1200,
               :asOf::date + 365, 60, 30, 90, 150, 90, 1000, 120, 0.25, 25000)`,
      b,
    );
    // Exporter 1 takes a fifth of the invoices; the rest spread over the others.
    await trx.raw(
      `INSERT INTO invoices (exporter_id, buyer_id, number, invoice_date, terms_days, due_date,
                             amount, currency, po_reference)
       SELECT e, buyer, 'INV-' || lpad(g::text, 8, '0'), d, terms, d + terms, amt,
              (ARRAY['USD', 'USD', 'USD', 'CAD', 'CAD', 'EUR'])[1 + (g / 7) % 6], 'PO-' || (g / 3)
         FROM (SELECT g,
                      CASE WHEN g % 5 = 0 THEN 1 ELSE 2 + g % (:exporters::integer - 1) END AS e,
                      1 + (hashint4(g) & 2147483647) % :buyers::integer AS buyer,
                      :asOf::date - (g::bigint * 1095 / :invoices::integer)::integer AS d,
                      (ARRAY[30, 30, 45, 60, 60, 90])[1 + g % 6] AS terms,
                      round((100 + random() * 24900)::numeric, 2) AS amt
                 FROM generate_series(1, :invoices::integer) g) s`,
      b,
    );
    // Most pairs have a limit; one pair in seven has none.
    await trx.raw(
      `WITH pairs AS (
         SELECT DISTINCT exporter_id, buyer_id FROM invoices
       ), requests AS (
         INSERT INTO limit_requests (exporter_id, buyer_id, policy_id, requested_amount, currency,
                                     request_date, status, granted_amount, decision_date)
         SELECT exporter_id, buyer_id, 1, 100000, 'USD', :asOf::date - 1200, 'approved', 75000,
                :asOf::date - 1200
           FROM pairs WHERE (exporter_id * 31 + buyer_id) % 7 <> 0
         RETURNING id, decision_date, granted_amount
       )
       INSERT INTO limit_decisions (limit_request_id, decision, granted_amount, decision_date,
                                    effective_date)
       SELECT id, 'partial', granted_amount, decision_date, decision_date FROM requests`,
      b,
    );
    // Exporter 1's invoices are half paid (leaving its large open book); others 88 %.
    await trx.raw(
      `INSERT INTO payments (id, exporter_id, buyer_id, method, amount, currency, received_date,
                             reference, check_number, check_date)
       SELECT i.id, i.exporter_id, i.buyer_id, m.method,
              CASE WHEN i.id % 10 = 3 THEN round(i.amount * 0.6, 2) ELSE i.amount END,
              i.currency, least(i.due_date + (i.id % 70) - 10, :asOf::date),
              CASE WHEN m.method <> 'check' THEN 'REF' || i.id END,
              CASE WHEN m.method = 'check' THEN (100000 + i.id)::text END,
              CASE WHEN m.method = 'check' THEN least(i.due_date + (i.id % 70) - 10, :asOf::date) END
         FROM invoices i
        CROSS JOIN LATERAL (SELECT (ARRAY['check', 'wire', 'ach', 'wire', 'card'])[1 + i.id % 5]
                              AS method) m
        WHERE least(i.due_date + (i.id % 70) - 10, :asOf::date) >= i.invoice_date
          AND CASE WHEN i.exporter_id = 1 THEN i.id % 10 < 5 ELSE i.id % 25 >= 3 END`,
      b,
    );
    await trx.raw(`SELECT setval('payments_id_seq', (SELECT max(id) FROM payments))`);
    await trx.raw(
      `INSERT INTO allocations (payment_id, invoice_id, amount)
       SELECT id, id, amount FROM payments`,
    );
    await trx.raw(
      `INSERT INTO deductions (invoice_id, payment_id, amount, reason_code, status, opened_date,
                               resolved_date)
       SELECT i.id, i.id, round(i.amount * 0.4, 2),
              (ARRAY['pricing', 'shortage', 'damaged_goods', 'late_delivery',
                     'promotional_allowance', 'co_op_advertising', 'returns', 'other'])[1 + i.id % 8],
              s.status, p.received_date,
              CASE WHEN s.status IN ('open', 'disputed') THEN NULL
                   ELSE least(p.received_date + 20, :asOf::date) END
         FROM invoices i JOIN payments p ON p.id = i.id
        CROSS JOIN LATERAL (SELECT (ARRAY['open', 'disputed', 'valid', 'written_off', 'recovered'])
                                   [1 + (i.id / 10) % 5] AS status) s
        WHERE i.id % 10 = 3 AND i.id % 20 = 13`,
      b,
    );
    // The triggers that keep each invoice's settlement totals and the open-invoice counts
    // were off: count them once.
    await trx.raw('SELECT recount_settlements()');
    await trx.raw('SELECT recount_open_invoices()');
  });
  // Vacuumed as well as analysed, so counts over the open-invoice index need not visit
  // the table (index-only scans read the visibility map VACUUM writes).
  await db.raw('VACUUM ANALYZE');
  const counts: Record<string, number> = {};
  for (const table of [
    'exporters',
    'buyers',
    'invoices',
    'payments',
    'allocations',
    'deductions',
    'limit_decisions',
  ]) {
    counts[table] = Number((await db(table).count({ n: '*' }))[0].n);
  }
  return counts;
}
