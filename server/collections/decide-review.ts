import type { Knex } from 'knex';
import { badRequest, conflict, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { REVIEW_DECISIONS } from '../resources/reviews';
import { commandBody, day, line, money, note } from './command-body';
import { onLine } from './field-errors';
import { auditCreated } from './audit-created';
import { placeWithAgency, authorisationSchema, type Authorisation } from './refer-to-agency';
import { createPaymentPlan, type Instalment } from './create-payment-plan';

interface Decision {
  decision: (typeof REVIEW_DECISIONS)[number];
  decided_by: string;
  decided_date: string;
  notes?: string;
  plan?: Instalment[];
  referral?: Authorisation & { agency_id: number; placed_date?: string; amount_placed?: string };
}

const parse = commandBody<Decision>({
  type: 'object',
  additionalProperties: false,
  required: ['decision', 'decided_by', 'decided_date'],
  properties: {
    decision: { type: 'string', enum: [...REVIEW_DECISIONS] },
    decided_by: { ...line(), minLength: 1, description: 'Who at the exporter decided' },
    decided_date: day,
    notes: note,
    plan: {
      type: 'array',
      minItems: 1,
      maxItems: 36,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['extended_due_date'],
        properties: { extended_due_date: day, amount: money },
      },
    },
    referral: {
      type: 'object',
      additionalProperties: false,
      required: ['agency_id'],
      properties: authorisationSchema,
    },
  },
});

type Invoice = Record<string, unknown> & {
  id: number;
  open_balance: string;
  is_open: boolean;
  insured: boolean;
};

/** What each decision does to the invoice, beyond being recorded on the review. */
async function carryOut(
  trx: Knex.Transaction,
  decision: Decision,
  invoice: Invoice,
  context: RequestContext,
) {
  switch (decision.decision) {
    case 'payment_plan':
      if (!decision.plan) {
        throw badRequest('A payment plan needs its dates', { plan: 'is required' });
      }
      return { extensions: await createPaymentPlan(trx, invoice, decision, context) };
    case 'claim':
      if (!invoice.insured) {
        throw badRequest('Only insured invoices go to the insurer; this one is not insured', {
          decision: 'the invoice is not insured',
        });
      }
      return {};
    case 'agency': {
      if (invoice.insured) {
        throw badRequest('An insured invoice goes to the insurer, never to an agency', {
          decision: 'the invoice is insured',
        });
      }
      const referral = await onLine('referral', () =>
        placeWithAgency(
          trx,
          {
            ...(decision.referral ?? { agency_id: 0 }),
            exporter_id: invoice.exporter_id as number,
            buyer_id: invoice.buyer_id as number,
            invoice_ids: [invoice.id],
          },
          context,
        ),
      );
      return { referral };
    }
    case 'write_off': {
      const [creditNote] = await trx('credit_notes')
        .insert({
          invoice_id: invoice.id,
          kind: 'write_off',
          credit_date: decision.decided_date,
          amount: invoice.open_balance,
          reason: decision.notes ?? `Written off at the 45-day review by ${decision.decided_by}`,
        })
        .returning('*');
      await auditCreated(trx, context, 'credit_notes', [creditNote]);
      return { credit_note: creditNote };
    }
    default:
      return {};
  }
}

/**
 * Records the exporter's decision on an invoice in the 45-day review, and carries it out
 * in the same transaction. A review is decided once.
 */
export async function decideReview(db: Knex, id: number, body: unknown, context: RequestContext) {
  const decision = parse(body);
  return db.transaction(async (trx) => {
    const before = await trx('reviews').where({ id }).forUpdate().first();
    if (!before) throw notFound(`No reviews record with id ${id}`);
    if (before.decision) {
      throw conflict(`This review was already decided: ${before.decision}`, {
        decision: 'is recorded',
      });
    }
    const invoice: Invoice = (
      await trx.raw(
        `SELECT i.*, f.open_balance, f.open_balance > 0 AS is_open, f.insured
           FROM invoices i CROSS JOIN LATERAL invoice_figures(i, NULL) f
          WHERE i.id = ? FOR UPDATE OF i`,
        [before.invoice_id],
      )
    ).rows[0];
    if (decision.decision !== 'keep_chasing' && !invoice.is_open) {
      throw badRequest('The invoice is settled: only keep chasing can be recorded', {
        decision: 'nothing is open',
      });
    }
    const done = await carryOut(trx, decision, invoice, context);
    const [after] = await trx('reviews')
      .where({ id })
      .update({
        decision: decision.decision,
        decided_by: decision.decided_by,
        decided_date: decision.decided_date,
        notes: decision.notes ?? before.notes,
      })
      .returning('*');
    await writeAudit(trx, context, {
      resource: 'reviews',
      recordId: id,
      action: 'update',
      before,
      after,
    });
    return { review: await trx('review_list').where({ id }).first(), ...done };
  });
}
