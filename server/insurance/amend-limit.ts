import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import type { RequestContext } from '../rest/types';
import { checkDecision, decisionParser } from './limit-decision-rules';
import { recordLimitDecision } from './record-limit-decision';

/** Requests whose limit is live and may therefore be cut or replaced. */
const LIVE = new Set(['approved', 'partial', 'conditional', 'temporary', 'reduced']);

const parse = decisionParser([
  'reduced',
  'cancelled',
  'approved',
  'partial',
  'conditional',
  'temporary',
]);

/**
 * POST /api/limit_requests/:id/amend — a later decision on a granted limit: a reduction or
 * cancellation (effective NOTICE_DAYS after the decision unless a date is given; goods
 * invoiced before then stay covered), or a new decision that supersedes the current one.
 */
export async function amendLimit(db: Knex, id: number, body: unknown, context: RequestContext) {
  const input = parse(body);
  return db.transaction(async (trx) => {
    const request = await trx('limit_requests').where({ id }).forUpdate().first();
    if (!request) throw notFound(`No limit request with id ${id}`);
    if (!LIVE.has(request.status)) {
      throw badRequest(
        `Limit request ${id} is ${request.status}: there is no granted limit to change` +
          (request.status === 'pending' ? '; record the first decision with /decide' : ''),
        { status: `is ${request.status}, no limit granted` },
      );
    }
    if (request.decision_date && input.decision_date < request.decision_date) {
      throw badRequest('A later decision cannot predate the one it changes', {
        decision_date: `cannot be before ${request.decision_date}`,
      });
    }
    const checked = await checkDecision(trx, request, input);
    return recordLimitDecision(trx, context, request, input, checked);
  });
}
