import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { claimableInvoices, refuseUnclaimable } from './claimable-invoices';
import { bodyParser, day, note, recordId } from './parse-body';

export interface OpenClaimInput {
  exporter_id: number;
  buyer_id: number;
  kind?: 'protracted_default' | 'insolvency';
  insolvency_known_date?: string;
  invoice_ids?: number[];
  as_of?: string;
  notes?: string;
}

const parse = bodyParser<OpenClaimInput>({
  type: 'object',
  required: ['exporter_id', 'buyer_id'],
  properties: {
    exporter_id: recordId,
    buyer_id: recordId,
    kind: { type: 'string', enum: ['protracted_default', 'insolvency'] },
    insolvency_known_date: day,
    invoice_ids: { type: 'array', items: recordId, minItems: 1, maxItems: 1000, uniqueItems: true },
    as_of: day,
    notes: note,
  },
});

/**
 * POST /api/claims/open — a draft claim on a buyer's overdue insured invoices (all of them,
 * or those named), each for its open balance less the disputed part, as of a date (today
 * by default). An insolvency claim may include invoices not yet due.
 */
export async function openClaim(db: Knex, body: unknown, context: RequestContext) {
  const input = parse(body);
  const kind = input.kind ?? 'protracted_default';
  if (kind === 'insolvency' && !input.insolvency_known_date) {
    throw badRequest('An insolvency claim needs the day the agent learned of the insolvency', {
      insolvency_known_date: 'is required for an insolvency claim',
    });
  }
  return db.transaction(async (trx) => {
    // Lock the pair's invoices so two clerks cannot claim the same invoice at once.
    await trx('invoices')
      .where({ exporter_id: input.exporter_id, buyer_id: input.buyer_id })
      .forUpdate()
      .select('id');
    const candidates = await claimableInvoices(trx, input, kind);
    const chosen = refuseUnclaimable(candidates, input, kind);
    const { rows } = await trx.raw(
      'SELECT sum(x)::numeric(14,2) AS total FROM unnest(?::numeric[]) x',
      [chosen.map((invoice) => invoice.claimable)],
    );
    const [claim] = await trx('claims')
      .insert({
        exporter_id: input.exporter_id,
        buyer_id: input.buyer_id,
        policy_id: chosen[0].policy_id,
        kind,
        insolvency_known_date: input.insolvency_known_date ?? null,
        status: 'draft',
        claimed_amount: rows[0].total,
        currency: chosen[0].currency,
        notes: input.notes ?? null,
      })
      .returning('*');
    await trx('claim_invoices').insert(
      chosen.map((invoice) => ({
        claim_id: claim.id,
        invoice_id: invoice.id,
        claimed_amount: invoice.claimable,
      })),
    );
    await writeAudit(trx, context, {
      resource: 'claims',
      recordId: claim.id,
      action: 'create',
      after: { ...claim, invoice_ids: chosen.map((invoice) => invoice.id) },
    });
    return trx('claim_list').where({ id: claim.id }).first();
  });
}
