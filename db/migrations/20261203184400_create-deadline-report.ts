import type { Knex } from 'knex';
import { dropTables, editable, touchOnUpdate } from '../schema-helpers';

// What the policy makes the agent tell the insurer, and by when. Overdue notices and claim
// filings count from each insured invoice's ORIGINAL due date (invoice_figures); insolvency
// notices and claims count from the day the agent learned of the insolvency, recorded on
// the insolvency claim: notice within insolvency_notice_days, claim within
// claim_filing_days of that day. A notice sent or a claim filed by the date settles a row.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE insurer_notices (
      id serial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('overdue', 'insolvency')),
      invoice_id integer REFERENCES invoices,
      claim_id integer REFERENCES claims,
      notice_date date NOT NULL,
      reference text,
      notes text,
      ${editable},
      CONSTRAINT insurer_notices_subject_check CHECK (
        (kind = 'overdue' AND invoice_id IS NOT NULL)
        OR (kind = 'insolvency' AND claim_id IS NOT NULL))
    );
    CREATE INDEX insurer_notices_invoice_idx ON insurer_notices (invoice_id);
    CREATE INDEX insurer_notices_claim_idx ON insurer_notices (claim_id);

    CREATE FUNCTION deadline_report(p_as_of date)
    RETURNS TABLE (id text, as_of date, kind text, exporter_id integer, buyer_id integer,
                   invoice_id integer, claim_id integer, policy_id integer, currency text,
                   amount numeric, due_date date, days_left integer, status text)
    LANGUAGE sql STABLE AS $$
      WITH insured_open AS (
        SELECT i.id, i.exporter_id, i.buyer_id, i.currency, f.*,
               EXISTS (SELECT 1 FROM claim_invoices ci JOIN claims c ON c.id = ci.claim_id
                        WHERE ci.invoice_id = i.id AND c.filed_date <= p_as_of) AS claimed,
               EXISTS (SELECT 1 FROM insurer_notices n
                        WHERE n.invoice_id = i.id AND n.kind = 'overdue'
                          AND n.notice_date <= p_as_of) AS notified
          FROM invoices i CROSS JOIN LATERAL invoice_figures(i, p_as_of) f
         WHERE i.invoice_date <= p_as_of AND f.insured AND f.open_balance > 0
      ),
      rows AS (
        SELECT 'overdue_notice-' || o.id AS id, 'overdue_notice' AS kind, o.exporter_id,
               o.buyer_id, o.id AS invoice_id, NULL::integer AS claim_id, o.policy_id,
               o.currency::text AS currency, o.open_balance AS amount,
               o.overdue_notice_due AS due_date
          FROM insured_open o WHERE NOT o.claimed AND NOT o.notified
        UNION ALL
        SELECT 'claim_filing-' || o.id, 'claim_filing', o.exporter_id, o.buyer_id, o.id, NULL,
               o.policy_id, o.currency, o.open_balance, o.claim_due
          FROM insured_open o WHERE NOT o.claimed
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
      )
      SELECT r.id, p_as_of, r.kind, r.exporter_id, r.buyer_id, r.invoice_id, r.claim_id,
             r.policy_id, r.currency, r.amount, r.due_date, r.due_date - p_as_of,
             CASE WHEN r.due_date < p_as_of THEN 'missed' ELSE 'upcoming' END
        FROM rows r
    $$;
  `);
  await touchOnUpdate(knex, ['insurer_notices']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION deadline_report(date)');
  await dropTables(knex, ['insurer_notices']);
}
