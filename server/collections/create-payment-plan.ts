import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { auditCreated } from './audit-created';
import type { RequestContext } from '../rest/types';

export interface Instalment {
  extended_due_date: string;
  amount?: string;
}

/**
 * A payment plan as invoice extensions: new dates for the buyer, the invoice's original due
 * date untouched (every insurance deadline still counts from it). One date covers the whole
 * open balance; several instalments must add up to it exactly.
 */
export async function createPaymentPlan(
  trx: Knex.Transaction,
  invoice: { id: number; due_date?: unknown; open_balance: string },
  decision: { decided_date: string; decided_by: string; notes?: string; plan?: Instalment[] },
  context: RequestContext,
): Promise<Record<string, unknown>[]> {
  const plan = decision.plan ?? [];
  const errors: Record<string, string> = {};
  plan.forEach((instalment, index) => {
    if (instalment.extended_due_date <= String(invoice.due_date)) {
      errors[`plan.${index}.extended_due_date`] = `must be after the due date ${invoice.due_date}`;
    }
    if (plan.length > 1 && !instalment.amount) errors[`plan.${index}.amount`] = 'is required';
  });
  if (Object.keys(errors).length > 0) throw badRequest('The payment plan is not valid', errors);
  const amounts = plan.map((instalment) => instalment.amount ?? invoice.open_balance);
  const [{ matches }] = (
    await trx.raw('SELECT (SELECT sum(a) FROM unnest(?::numeric[]) a) = ?::numeric AS matches', [
      amounts,
      invoice.open_balance,
    ])
  ).rows;
  if (!matches) {
    throw badRequest(`The instalments must add up to the open balance, ${invoice.open_balance}`, {
      plan: `must add up to ${invoice.open_balance}`,
    });
  }
  const extensions = await trx('invoice_extensions')
    .insert(
      plan.map((instalment) => ({
        invoice_id: invoice.id,
        agreed_date: decision.decided_date,
        extended_due_date: instalment.extended_due_date,
        amount: instalment.amount ?? invoice.open_balance,
        reason: decision.notes ?? `Payment plan agreed by ${decision.decided_by}`,
      })),
    )
    .returning('*');
  await auditCreated(trx, context, 'invoice_extensions', extensions);
  return extensions;
}
