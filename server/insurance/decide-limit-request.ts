import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import type { RequestContext } from '../rest/types';
import { checkDecision, decisionParser } from './limit-decision-rules';
import { recordLimitDecision } from './record-limit-decision';

export const FIRST_DECISIONS = [
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'pending',
] as const;

const parse = decisionParser(FIRST_DECISIONS);

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
