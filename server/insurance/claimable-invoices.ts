import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import type { OpenClaimInput } from './open-claim';

export interface Candidate {
  id: number;
  number: string;
  currency: string;
  policy_id: number | null;
  insured: boolean;
  open: boolean;
  overdue: boolean;
  claimable: string;
  has_claimable: boolean;
  claimed_in: number | null;
}

/** The pair's invoices issued by the date, with what a claim needs to know, from SQL. */
export async function claimableInvoices(
  trx: Knex.Transaction,
  input: OpenClaimInput,
  kind: string,
): Promise<Candidate[]> {
  const { rows } = await trx.raw(
    `SELECT i.id, i.number, i.currency, f.policy_id, f.insured, f.open_balance > 0 AS open,
            coalesce(f.days_past_due > 0, false) AS overdue,
            greatest(f.open_balance - f.disputed_amount, 0.00) AS claimable,
            f.open_balance - f.disputed_amount > 0 AS has_claimable,
            (SELECT c.id FROM claim_invoices ci JOIN claims c ON c.id = ci.claim_id
              WHERE ci.invoice_id = i.id AND c.status <> 'rejected' LIMIT 1) AS claimed_in
       FROM invoices i
       CROSS JOIN LATERAL invoice_figures(i, coalesce(?::date, current_date)) f
      WHERE i.exporter_id = ? AND i.buyer_id = ?
        AND i.invoice_date <= coalesce(?::date, current_date)
        AND (?::integer[] IS NULL OR i.id = ANY(?::integer[]))
      ORDER BY i.due_date, i.id`,
    [
      input.as_of ?? null,
      input.exporter_id,
      input.buyer_id,
      input.as_of ?? null,
      input.invoice_ids ?? null,
      input.invoice_ids ?? null,
    ],
  );
  return rows.map((row: Candidate) => ({ ...row, overdue: kind === 'insolvency' || row.overdue }));
}

const claimable = (c: Candidate) =>
  c.insured && c.open && c.overdue && c.has_claimable && c.claimed_in === null;

/** Picks the invoices to claim, or refuses with every reason, naming the invoices. */
export function refuseUnclaimable(
  candidates: Candidate[],
  input: OpenClaimInput,
  kind: string,
): Candidate[] {
  if (!input.invoice_ids) {
    const chosen = candidates.filter(claimable);
    if (chosen.length === 0) {
      const what = kind === 'insolvency' ? 'open insured invoice' : 'overdue insured invoice';
      throw badRequest(`This buyer has no ${what} of this exporter left to claim`, {
        buyer_id: `has no ${what} to claim`,
      });
    }
    return sameTerms(chosen);
  }
  const found = new Set(candidates.map((c) => c.id));
  const reasons = input.invoice_ids
    .filter((id) => !found.has(id))
    .map((id) => `invoice ${id} is not this exporter's invoice to this buyer`);
  for (const c of candidates) {
    if (!c.insured) reasons.push(`invoice ${c.number} is not insured`);
    else if (!c.open) reasons.push(`invoice ${c.number} is settled`);
    else if (!c.overdue) reasons.push(`invoice ${c.number} is not overdue`);
    else if (!c.has_claimable) reasons.push(`invoice ${c.number} is wholly disputed`);
    else if (c.claimed_in !== null)
      reasons.push(`invoice ${c.number} is already in claim ${c.claimed_in}`);
  }
  if (reasons.length > 0) {
    throw badRequest(`The claim cannot be opened: ${reasons.join('; ')}`, {
      invoice_ids: reasons.join('; '),
    });
  }
  return sameTerms(candidates);
}

function sameTerms(chosen: Candidate[]): Candidate[] {
  const policies = new Set(chosen.map((c) => c.policy_id));
  const currencies = new Set(chosen.map((c) => c.currency));
  if (policies.size > 1 || currencies.size > 1) {
    throw badRequest('One claim covers invoices of one policy and one currency', {
      invoice_ids: 'span several policies or currencies: claim them separately',
    });
  }
  return chosen;
}
