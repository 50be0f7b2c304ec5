import type { Knex } from 'knex';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import type { CheckedDecision, DecisionInput } from './limit-decision-rules';

type Row = Record<string, any>;

/**
 * Appends a decision to the history and mirrors it on the request (status, granted amount,
 * decision and expiry dates), with both audit rows, inside the caller's transaction.
 */
export async function recordLimitDecision(
  trx: Knex.Transaction,
  context: RequestContext,
  request: Row,
  input: DecisionInput,
  checked: CheckedDecision,
): Promise<{ request: Row; decision: Row }> {
  const [decision] = await trx('limit_decisions')
    .insert({
      limit_request_id: request.id,
      decision: input.decision,
      granted_amount: checked.granted,
      decision_date: input.decision_date,
      effective_date: checked.effective,
      expiry_date: input.expiry_date ?? null,
      reason: input.reason ?? null,
      conditions: input.conditions ?? null,
      insurer_reference: input.insurer_reference ?? null,
    })
    .returning('*');
  await writeAudit(trx, context, {
    resource: 'limit_decisions',
    recordId: decision.id,
    action: 'create',
    after: decision,
  });
  const pending = input.decision === 'pending';
  const [updated] = await trx('limit_requests')
    .where({ id: request.id })
    .update({
      status: input.decision,
      granted_amount: pending ? null : checked.granted,
      decision_date: input.decision_date,
      expiry_date: input.expiry_date ?? null,
    })
    .returning('*');
  await writeAudit(trx, context, {
    resource: 'limit_requests',
    recordId: request.id,
    action: 'update',
    before: request,
    after: updated,
  });
  return { request: updated, decision };
}
