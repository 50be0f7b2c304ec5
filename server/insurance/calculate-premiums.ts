import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { bodyParser, day } from './parse-body';

const parse = bodyParser<{ period_start: string; period_end: string }>({
  type: 'object',
  required: ['period_start', 'period_end'],
  properties: { period_start: day, period_end: day },
});

/**
 * POST /api/policies/:id/premiums — stores each exporter's premium for the period as
 * premium_calculation computes it in SQL (recomputing a period replaces its figures).
 * Prepayments to the insurer are then recorded in premium_payments against these rows.
 */
export async function calculatePremiums(
  db: Knex,
  policyId: number,
  body: unknown,
  context: RequestContext,
) {
  const { period_start: start, period_end: end } = parse(body);
  return db.transaction(async (trx) => {
    const policy = await trx('policies').where({ id: policyId }).forUpdate().first();
    if (!policy) throw notFound(`No policy with id ${policyId}`);
    const errors: Record<string, string> = {};
    if (end < start) errors.period_end = 'cannot be before the start of the period';
    if (start < policy.start_date)
      errors.period_start = `is before the policy starts (${policy.start_date})`;
    if (end > policy.end_date) errors.period_end = `is after the policy ends (${policy.end_date})`;
    const { rows } = await trx.raw(
      `SELECT (?::date + make_interval(years => extract(year FROM age(?::date, ?::date))::integer
                + 1))::date > ?::date AS one_year`,
      [policy.start_date, start, policy.start_date, end],
    );
    if (!errors.period_end && !rows[0].one_year) {
      errors.period_end = 'must fall in the same policy year as the start';
    }
    if (Object.keys(errors).length > 0) throw badRequest('The period is not valid', errors);
    const figures = (
      await trx.raw('SELECT * FROM premium_calculation(?, ?, ?) ORDER BY exporter_id', [
        policyId,
        start,
        end,
      ])
    ).rows;
    if (figures.length === 0) {
      throw badRequest('No exporter has insured turnover or a limit request on this policy', {
        policy_id: 'has no exporters',
      });
    }
    const stored = [];
    for (const figure of figures) {
      const key = { policy_id: policyId, exporter_id: figure.exporter_id, period_start: start };
      const before = await trx('premiums').where(key).forUpdate().first();
      const values = {
        ...key,
        period_end: end,
        insured_turnover: figure.insured_turnover,
        amount: figure.premium,
        currency: policy.currency,
      };
      const [after] = before
        ? await trx('premiums').where({ id: before.id }).update(values).returning('*')
        : await trx('premiums').insert(values).returning('*');
      await writeAudit(trx, context, {
        resource: 'premiums',
        recordId: after.id,
        action: before ? 'update' : 'create',
        before,
        after,
      });
      stored.push({ ...figure, premium_id: after.id });
    }
    return stored;
  });
}
