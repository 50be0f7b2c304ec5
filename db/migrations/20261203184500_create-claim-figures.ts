import type { Knex } from 'knex';

// A claim's figures, in one place. Claimable = the claimed invoices' open balances less
// their disputed amounts (fixed in claim_invoices when the claim is opened). The cap is the
// limit in force when the claimed goods were invoiced (the highest, where invoices span a
// reduction: goods shipped before a cut stay covered). Expected payout =
// min(claimable, cap) × insured % − deductible, never below zero. A claim is late when filed
// after the earliest claim due date of its invoices (insolvency: the day the agent learned
// of it + claim_filing_days). Recoveries after payment are shared in proportion to the
// loss each side bore: the insurer what it paid, the exporter the rest of the claimable.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    -- Each recovery's split, by what the insurer had paid on the claim by the day it came in.
    CREATE VIEW recovery_split AS
      SELECT r.*, c.claimed_amount AS loss, paid.amount AS insurer_loss, split.insurer_share,
             r.amount - split.insurer_share AS exporter_share
        FROM recoveries r
        JOIN claims c ON c.id = r.claim_id
        CROSS JOIN LATERAL (SELECT coalesce(sum(p.amount), 0.00) AS amount
                              FROM claim_payments p
                             WHERE p.claim_id = r.claim_id AND p.paid_date <= r.received_date) paid
        CROSS JOIN LATERAL (
          SELECT round(r.amount * least(paid.amount, c.claimed_amount) / c.claimed_amount, 2)
                   AS insurer_share) split;

    CREATE VIEW claim_list AS
      SELECT c.*, inv.claimable, inv.limit_amount, cover.covered_loss, pol.insured_percent,
             pol.deductible, payout.expected_payout, due.claim_due,
             coalesce(c.filed_date > due.claim_due, false) AS filed_late,
             paid.amount AS paid_amount, recovered.amount AS recovered_amount,
             recovered.insurer_share AS insurer_recovery, recovered.exporter_share
               AS exporter_recovery
        FROM claims c
        JOIN policies pol ON pol.id = c.policy_id
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(ci.claimed_amount), 0.00) AS claimable,
                 coalesce(max(f.limit_amount), 0.00) AS limit_amount,
                 min(f.claim_due) AS claim_due
            FROM claim_invoices ci
            JOIN invoices i ON i.id = ci.invoice_id
            CROSS JOIN LATERAL invoice_figures(i, NULL) f
           WHERE ci.claim_id = c.id) inv
        CROSS JOIN LATERAL (SELECT least(inv.claimable, inv.limit_amount) AS covered_loss) cover
        CROSS JOIN LATERAL (
          SELECT greatest(round(cover.covered_loss * pol.insured_percent / 100, 2)
                          - pol.deductible, 0.00) AS expected_payout) payout
        CROSS JOIN LATERAL (
          SELECT CASE WHEN c.kind = 'insolvency'
                      THEN c.insolvency_known_date + pol.claim_filing_days
                      ELSE inv.claim_due END AS claim_due) due
        CROSS JOIN LATERAL (SELECT coalesce(sum(p.amount), 0.00) AS amount
                              FROM claim_payments p WHERE p.claim_id = c.id) paid
        CROSS JOIN LATERAL (
          SELECT coalesce(sum(r.amount), 0.00) AS amount,
                 coalesce(sum(r.insurer_share), 0.00) AS insurer_share,
                 coalesce(sum(r.exporter_share), 0.00) AS exporter_share
            FROM recovery_split r WHERE r.claim_id = c.id) recovered;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP VIEW claim_list; DROP VIEW recovery_split');
}
