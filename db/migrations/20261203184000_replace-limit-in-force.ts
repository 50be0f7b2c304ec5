import type { Knex } from 'knex';

// Limit history, refined. The insurer may answer "still pending" (kept in the history, no
// cover), and a decline refuses the request it answers: it never cuts cover already granted
// on an earlier request. Cutting a live limit takes a reduction or cancellation, with its
// notice period. limit_in_force keeps its columns; it only skips those two kinds of answer.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE limit_decisions DROP CONSTRAINT limit_decisions_decision_check;
    ALTER TABLE limit_decisions ADD CONSTRAINT limit_decisions_decision_check CHECK (decision IN (
      'pending', 'approved', 'partial', 'conditional', 'temporary', 'declined', 'reduced',
      'cancelled'));
    ALTER TABLE limit_decisions ADD CONSTRAINT limit_decisions_pending_grants_nothing
      CHECK (decision <> 'pending' OR granted_amount = 0);

    CREATE OR REPLACE FUNCTION limit_in_force(p_exporter_id integer, p_buyer_id integer,
                                              p_on date)
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
         AND d.decision NOT IN ('pending', 'declined')
       ORDER BY d.effective_date DESC, d.decision_date DESC, d.id DESC
       LIMIT 1
    $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE OR REPLACE FUNCTION limit_in_force(p_exporter_id integer, p_buyer_id integer,
                                              p_on date)
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
    DELETE FROM limit_decisions WHERE decision = 'pending';
    ALTER TABLE limit_decisions DROP CONSTRAINT limit_decisions_pending_grants_nothing;
    ALTER TABLE limit_decisions DROP CONSTRAINT limit_decisions_decision_check;
    ALTER TABLE limit_decisions ADD CONSTRAINT limit_decisions_decision_check CHECK (decision IN (
      'approved', 'partial', 'conditional', 'temporary', 'declined', 'reduced', 'cancelled'));
  `);
}
