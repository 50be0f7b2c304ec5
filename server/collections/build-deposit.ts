import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { commandBody, day, line, note, recordId } from './command-body';
import { asField } from './field-errors';

interface DepositBody {
  exporter_id: number;
  bank_account: string;
  deposit_date: string;
  payment_ids: number[];
  reference?: string;
  notes?: string;
}

const parse = commandBody<DepositBody>({
  type: 'object',
  additionalProperties: false,
  required: ['exporter_id', 'bank_account', 'deposit_date', 'payment_ids'],
  properties: {
    exporter_id: recordId,
    bank_account: { ...line(), minLength: 1, pattern: '\\S' },
    deposit_date: day,
    payment_ids: { type: 'array', items: recordId, minItems: 1, maxItems: 500, uniqueItems: true },
    reference: line(),
    notes: note,
  },
});

/**
 * Groups undeposited checks into one bank deposit, in one transaction. The rules (one
 * deposit per check, same exporter and currency, never before the check's date) are held
 * by payments_deposit_guard in the database; here they are named on payment_ids.
 */
export async function buildDeposit(db: Knex, body: unknown, context: RequestContext) {
  const deposit = parse(body);
  const { payment_ids: paymentIds, ...fields } = deposit;
  return db.transaction(async (trx) => {
    const checks = await trx('payments')
      .whereIn('id', paymentIds)
      .orderBy('id')
      .forUpdate()
      .select('id', 'method', 'currency');
    const missing = paymentIds.filter((id) => !checks.some((check) => check.id === id));
    if (missing.length > 0) {
      throw badRequest(`No payment with id ${missing.join(', ')}`, {
        payment_ids: 'no such payment',
      });
    }
    const notChecks = checks.filter((check) => check.method !== 'check').map((check) => check.id);
    if (notChecks.length > 0) {
      throw badRequest(`Payments ${notChecks.join(', ')} are not checks`, {
        payment_ids: 'only checks go into a deposit',
      });
    }
    const currencies = [...new Set(checks.map((check) => check.currency))];
    if (currencies.length > 1) {
      throw badRequest(
        `A deposit is in one currency; these checks are in ${currencies.join(', ')}`,
        {
          payment_ids: 'mix currencies',
        },
      );
    }
    const [created] = await trx('deposits')
      .insert({ ...fields, currency: currencies[0] })
      .returning('*');
    await writeAudit(trx, context, {
      resource: 'deposits',
      recordId: created.id,
      action: 'create',
      after: created,
    });
    for (const id of paymentIds) {
      const before = await trx('payments').where({ id }).first();
      const [after] = await asField('payment_ids', () =>
        trx('payments').where({ id }).update({ deposit_id: created.id }).returning('*'),
      );
      await writeAudit(trx, context, {
        resource: 'payments',
        recordId: id,
        action: 'update',
        before,
        after,
      });
    }
    return {
      ...(await trx('deposit_list').where({ id: created.id }).first()),
      payment_ids: paymentIds,
    };
  });
}
