import { DemoContext, day, idOf } from './context';

// Cobblestone stopped paying: its invoice went past the MEP, the insurer was notified, and
// the claim for protracted default was filed before the deadline. The insurer pays 90 % of
// it once the waiting period is over.
export async function seedClaim(ctx: DemoContext): Promise<void> {
  const invoiceId = idOf(ctx.invoices, 'b11');
  const invoice = await ctx.trx('invoices').where({ id: invoiceId }).first();
  const [claim] = await ctx
    .trx('claims')
    .insert({
      exporter_id: invoice.exporter_id,
      buyer_id: invoice.buyer_id,
      policy_id: ctx.policyId,
      kind: 'protracted_default',
      status: 'filed',
      filed_date: day(ctx, -12),
      claimed_amount: invoice.amount,
      currency: invoice.currency,
      insurer_reference: 'NTC-CL-0193',
      notes: 'Buyer stopped answering after promising payment twice; no dispute raised.',
    })
    .returning('id');
  await ctx.trx('claim_invoices').insert({
    claim_id: claim.id,
    invoice_id: invoiceId,
    claimed_amount: invoice.amount,
  });
}
