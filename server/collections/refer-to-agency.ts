import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { commandBody, day, line, money, note, recordId } from './command-body';

export interface Authorisation {
  authorised_by?: string;
  authorised_date?: string;
  authorisation_document_id?: number;
}

export interface Referral extends Authorisation {
  exporter_id: number;
  buyer_id: number;
  agency_id: number;
  invoice_ids: number[];
  placed_date?: string;
  amount_placed?: string;
  notes?: string;
}

export const authorisationSchema = {
  agency_id: recordId,
  authorised_by: line(),
  authorised_date: day,
  authorisation_document_id: recordId,
  placed_date: day,
  amount_placed: money,
  notes: note,
};

const parse = commandBody<Referral>({
  type: 'object',
  additionalProperties: false,
  required: ['exporter_id', 'buyer_id', 'agency_id', 'invoice_ids'],
  properties: {
    exporter_id: recordId,
    buyer_id: recordId,
    invoice_ids: { type: 'array', items: recordId, minItems: 1, maxItems: 500, uniqueItems: true },
    ...authorisationSchema,
  },
});

/** Refuses, with the reason, a referral whose written authorisation is not on record. */
function requireAuthorisation(referral: Authorisation): void {
  const missing: Record<string, string> = {};
  if (!referral.authorised_by?.trim()) missing.authorised_by = 'name who at the exporter signed';
  if (!referral.authorised_date) missing.authorised_date = 'give the date it was signed';
  if (!referral.authorisation_document_id) {
    missing.authorisation_document_id = 'upload the signed authorisation first';
  }
  if (Object.keys(missing).length > 0) {
    throw badRequest(
      "An account goes to an agency only with the exporter's written authorisation on record",
      missing,
    );
  }
}

/**
 * Places a buyer's invoices with a collection agency, inside the caller's transaction. The
 * database refuses an insured buyer and an authorisation that is not the exporter's signed
 * document (agency_referrals_guard); here the invoices are checked to be the buyer's, open
 * and in one currency, and the amount placed defaults to their open balances.
 */
export async function placeWithAgency(
  trx: Knex.Transaction,
  referral: Referral,
  context: RequestContext,
): Promise<Record<string, unknown>> {
  requireAuthorisation(referral);
  const { invoice_ids: invoiceIds, ...fields } = referral;
  const [open] = (
    await trx.raw(
      `SELECT count(*)::integer AS count, array_agg(DISTINCT i.currency::text) AS currencies,
              sum(f.open_balance) AS total
         FROM invoices i CROSS JOIN LATERAL invoice_figures(i, NULL) f
        WHERE i.id = ANY(?::integer[]) AND i.exporter_id = ? AND i.buyer_id = ?
          AND f.open_balance > 0`,
      [invoiceIds, referral.exporter_id, referral.buyer_id],
    )
  ).rows;
  if (open.count !== invoiceIds.length) {
    throw badRequest('Only open invoices of this exporter and buyer can be referred', {
      invoice_ids: 'must be open invoices of this exporter and buyer',
    });
  }
  if (open.currencies.length > 1) {
    throw badRequest('Refer invoices of one currency at a time', { invoice_ids: 'mix currencies' });
  }
  const [created] = await trx('agency_referrals')
    .insert({
      ...fields,
      amount_placed: fields.amount_placed ?? open.total,
      currency: open.currencies[0],
      status: fields.placed_date ? 'placed' : 'authorised',
    })
    .returning('*');
  await trx('agency_referral_invoices').insert(
    invoiceIds.map((invoiceId) => ({ agency_referral_id: created.id, invoice_id: invoiceId })),
  );
  await writeAudit(trx, context, {
    resource: 'agency_referrals',
    recordId: created.id,
    action: 'create',
    after: { ...created, invoice_ids: invoiceIds },
  });
  return { ...created, invoice_ids: invoiceIds };
}

/** POST /api/agency_referrals/refer */
export async function referToAgency(db: Knex, body: unknown, context: RequestContext) {
  const referral = parse(body);
  return db.transaction((trx) => placeWithAgency(trx, referral, context));
}
