import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { bodyParser, day, money } from './parse-body';

const parse = bodyParser<{ paid_date: string; amount: string; reference?: string }>({
  type: 'object',
  required: ['paid_date', 'amount'],
  properties: { paid_date: day, amount: money, reference: { type: 'string', maxLength: 200 } },
});

/**
 * POST /api/claims/:id/pay — one payment by the insurer on an approved claim (part payments
 * allowed, never more than approved in all). The claim is paid from its first payment on.
 */
export async function payClaim(db: Knex, id: number, body: unknown, context: RequestContext) {
  const input = parse(body);
  return db.transaction(async (trx) => {
    const claim = await trx('claims').where({ id }).forUpdate().first();
    if (!claim) throw notFound(`No claim with id ${id}`);
    if (claim.status !== 'approved' && claim.status !== 'paid') {
      throw badRequest(`Claim ${id} is ${claim.status}: only an approved claim can be paid`, {
        status: `is ${claim.status}, not approved`,
      });
    }
    if (input.paid_date < claim.filed_date) {
      throw badRequest('A payment cannot predate the claim', {
        paid_date: `cannot be before the filing on ${claim.filed_date}`,
      });
    }
    const { rows } = await trx.raw(
      `SELECT c.approved_amount - coalesce(sum(p.amount), 0) AS left_to_pay,
              ?::numeric > c.approved_amount - coalesce(sum(p.amount), 0) AS too_much
         FROM claims c LEFT JOIN claim_payments p ON p.claim_id = c.id
        WHERE c.id = ? GROUP BY c.id`,
      [input.amount, id],
    );
    if (rows[0].too_much) {
      throw badRequest('The payment is more than is left to pay on the claim', {
        amount: `cannot exceed the ${rows[0].left_to_pay} left of the approved amount`,
      });
    }
    const [payment] = await trx('claim_payments')
      .insert({ claim_id: id, ...input })
      .returning('*');
    await writeAudit(trx, context, {
      resource: 'claim_payments',
      recordId: payment.id,
      action: 'create',
      after: payment,
    });
    if (claim.status !== 'paid') {
      const [after] = await trx('claims').where({ id }).update({ status: 'paid' }).returning('*');
      await writeAudit(trx, context, {
        resource: 'claims',
        recordId: id,
        action: 'update',
        before: claim,
        after,
      });
    }
    return trx('claim_list').where({ id }).first();
  });
}
