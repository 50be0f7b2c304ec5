import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import type { RequestContext } from '../rest/types';
import { checkDecision, DecisionInput } from './limit-decision-rules';
import { bodyParser, day, note } from './parse-body';
import { recordLimitDecision } from './record-limit-decision';

export const FIRST_DECISIONS = [
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'pending',
] as const;

const parse = bodyParser<DecisionInput>({
  type: 'object',
  required: ['decision', 'decision_date'],
  properties: {
    decision: { type: 'string', enum: FIRST_DECISIONS },
    granted_amount: { type: 'string', decimal: { scale: 2, sign: 'nonNegative' } },
    decision_date: day,
    effective_date: day,
    expiry_date: day,
    reason: note,
    conditions: note,
    insurer_reference: { type: 'string', maxLength: 200 },
    increase: { type: 'boolean' },
  },
});

/**
 * POST /api/limit_requests/:id/decide — the insurer's answer to a pending request. "pending"
 * records that the insurer has not decided yet; the request stays open for a real answer.
 */
export async function decideLimitRequest(
  db: Knex,
  id: number,
  body: unknown,
  context: RequestContext,
) {
  const input = parse(body);
  return db.transaction(async (trx) => {
    const request = await trx('limit_requests').where({ id }).forUpdate().first();
    if (!request) throw notFound(`No limit request with id ${id}`);
    if (request.status !== 'pending') {
      throw badRequest(
        `Limit request ${id} is ${request.status}, not pending: only a pending request can be ` +
          'decided; reduce, cancel or supersede its limit with /amend',
        { status: `is ${request.status}, not pending` },
      );
    }
    const checked = await checkDecision(trx, request, input);
    return recordLimitDecision(trx, context, request, input, checked);
  });
}
