import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { bodyParser, day, note } from './parse-body';

/** draft → filed → under_review → approved / rejected; payments then make it paid. */
export const CLAIM_MOVES = {
  file: { from: ['draft'], to: 'filed' },
  review: { from: ['filed'], to: 'under_review' },
  approve: { from: ['filed', 'under_review'], to: 'approved' },
  reject: { from: ['filed', 'under_review'], to: 'rejected' },
} as const;

export type ClaimMove = keyof typeof CLAIM_MOVES;

interface MoveInput {
  filed_date?: string;
  approved_amount?: string;
  reason?: string;
  insurer_reference?: string;
}

const parse = bodyParser<MoveInput>({
  type: 'object',
  properties: {
    filed_date: day,
    approved_amount: { type: 'string', decimal: { scale: 2, sign: 'nonNegative' } },
    reason: note,
    insurer_reference: { type: 'string', maxLength: 200 },
  },
});

/**
 * POST /api/claims/:id/file | review | approve | reject. Filing stamps filed_date (today by
 * default); the claim list flags it late when that is after the claim due date. Approving
 * takes the insurer's amount, by default the expected payout; rejecting needs a reason.
 */
export async function moveClaim(
  db: Knex,
  id: number,
  move: ClaimMove,
  body: unknown,
  context: RequestContext,
) {
  const input = parse(body ?? {});
  const { from, to } = CLAIM_MOVES[move];
  return db.transaction(async (trx) => {
    const claim = await trx('claims').where({ id }).forUpdate().first();
    if (!claim) throw notFound(`No claim with id ${id}`);
    if (!(from as readonly string[]).includes(claim.status)) {
      throw badRequest(`Claim ${id} is ${claim.status}: it cannot be moved to ${to}`, {
        status: `is ${claim.status}; ${to} needs ${from.join(' or ')}`,
      });
    }
    const changes: Record<string, unknown> = { status: to };
    if (input.insurer_reference) changes.insurer_reference = input.insurer_reference;
    if (move === 'file') {
      const { rows } = await trx.raw('SELECT coalesce(?::date, current_date)::text AS d', [
        input.filed_date ?? null,
      ]);
      changes.filed_date = rows[0].d;
    }
    if (move === 'approve') {
      const { rows } = await trx.raw(
        `SELECT coalesce(?::numeric, expected_payout) AS amount,
                coalesce(?::numeric, expected_payout) > claimed_amount AS too_much
           FROM claim_list WHERE id = ?`,
        [input.approved_amount ?? null, input.approved_amount ?? null, id],
      );
      if (rows[0].too_much) {
        throw badRequest('The approved amount is above the claimed amount', {
          approved_amount: `cannot exceed the claimed ${claim.claimed_amount}`,
        });
      }
      changes.approved_amount = rows[0].amount;
    }
    if (move === 'reject') {
      if (!input.reason?.trim()) {
        throw badRequest('Say why the insurer rejected the claim', { reason: 'is required' });
      }
      changes.notes = [claim.notes, `Rejected: ${input.reason.trim()}`].filter(Boolean).join('\n');
    }
    const [after] = await trx('claims').where({ id }).update(changes).returning('*');
    await writeAudit(trx, context, {
      resource: 'claims',
      recordId: id,
      action: 'update',
      before: claim,
      after,
    });
    return trx('claim_list').where({ id }).first();
  });
}
