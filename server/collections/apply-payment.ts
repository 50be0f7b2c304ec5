import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { auditCreated } from './audit-created';
import type { RequestContext } from '../rest/types';
import { REASON_CODES } from '../resources/deductions';
import { commandBody, money, note, recordId } from './command-body';
import { onLine } from './field-errors';

interface Line {
  invoice_id: number;
  amount: string;
  deduction?: {
    amount: string;
    reason_code: string;
    buyer_explanation?: string;
    follow_up_notes?: string;
  };
}

const parse = commandBody<{ allocations: Line[] }>({
  type: 'object',
  additionalProperties: false,
  required: ['allocations'],
  properties: {
    allocations: {
      type: 'array',
      minItems: 1,
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['invoice_id', 'amount'],
        properties: {
          invoice_id: recordId,
          amount: money,
          deduction: {
            type: 'object',
            additionalProperties: false,
            required: ['amount', 'reason_code'],
            properties: {
              amount: money,
              reason_code: { type: 'string', enum: [...REASON_CODES] },
              buyer_explanation: note,
              follow_up_notes: note,
            },
          },
        },
      },
    },
  },
});

/**
 * Applies one payment to several invoices in one transaction: all lines or none. The
 * allocations_guard trigger checks each line under row locks (same exporter and currency,
 * never more than the payment or the invoice's open balance). A line may also record the
 * deduction the buyer took when it short-paid that invoice.
 */
export async function applyPayment(
  db: Knex,
  paymentId: number,
  body: unknown,
  context: RequestContext,
) {
  const { allocations: lines } = parse(body);
  const seen = new Set<number>();
  lines.forEach((line, index) => {
    if (seen.has(line.invoice_id)) {
      throw badRequest('Apply to each invoice once per request', {
        [`allocations.${index}.invoice_id`]: 'appears twice',
      });
    }
    seen.add(line.invoice_id);
  });
  return db.transaction(async (trx) => {
    const payment = await trx('payments').where({ id: paymentId }).forUpdate().first();
    if (!payment) throw notFound(`No payments record with id ${paymentId}`);
    const allocations: Record<string, unknown>[] = [];
    const deductions: Record<string, unknown>[] = [];
    // Invoices are locked in id order, so two clerks never wait on each other in a circle.
    const ordered = lines.map((line, index) => ({ line, index }));
    ordered.sort((a, b) => a.line.invoice_id - b.line.invoice_id);
    for (const { line, index } of ordered) {
      const [allocation] = await onLine(`allocations.${index}`, () =>
        trx('allocations')
          .insert({ payment_id: paymentId, invoice_id: line.invoice_id, amount: line.amount })
          .returning('*'),
      );
      await auditCreated(trx, context, 'allocations', [allocation]);
      allocations[index] = allocation;
      if (!line.deduction) continue;
      const [deduction] = await onLine(`allocations.${index}.deduction`, () =>
        trx('deductions')
          .insert({
            ...line.deduction,
            invoice_id: line.invoice_id,
            payment_id: paymentId,
            opened_date: payment.received_date,
          })
          .returning('*'),
      );
      await auditCreated(trx, context, 'deductions', [deduction]);
      deductions.push(deduction);
    }
    const applied = await trx('payment_list').where({ id: paymentId }).first();
    return { payment: applied, allocations, deductions };
  });
}
