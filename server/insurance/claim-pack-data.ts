import type { Knex } from 'knex';
import { notFound } from '../http/http-error';

type Row = Record<string, any>;

export interface ClaimPackData {
  claim: Row;
  statement: Row[];
  claimed: Row[];
  payments: Row[];
  deductions: Row[];
  reminders: Row[];
  contacts: Row[];
}

/** Everything the insurer asks for with a claim, read as of one date. */
export async function claimPackData(db: Knex, id: number, asOf: string): Promise<ClaimPackData> {
  const claim = await db('claim_list as c')
    .join('exporters as e', 'e.id', 'c.exporter_id')
    .join('buyers as b', 'b.id', 'c.buyer_id')
    .join('policies as p', 'p.id', 'c.policy_id')
    .select(
      'c.*',
      'e.name as exporter_name',
      'b.name as buyer_name',
      'b.tax_id',
      'b.address',
      'b.city',
      'b.country',
      'p.policy_number',
      'p.insurer',
    )
    .where('c.id', id)
    .first();
  if (!claim) throw notFound(`No claim with id ${id}`);
  const pair = { exporter_id: claim.exporter_id, buyer_id: claim.buyer_id };
  const figures = db.raw('invoices i CROSS JOIN LATERAL invoice_figures(i, ?::date) f', [asOf]);
  const statement = await db
    .from(figures)
    .where({ 'i.exporter_id': pair.exporter_id, 'i.buyer_id': pair.buyer_id })
    .where('i.invoice_date', '<=', asOf)
    .where('f.open_balance', '>', 0)
    .select(
      'i.number',
      'i.invoice_date',
      'i.due_date',
      'i.currency',
      'i.amount',
      'f.paid_amount',
      'f.credited_amount',
      'f.open_balance',
      'f.disputed_amount',
      'f.days_past_due',
    )
    .orderBy(['i.due_date', 'i.id']);
  const claimed = await db
    .from(figures)
    .join('claim_invoices as ci', 'ci.invoice_id', 'i.id')
    .where('ci.claim_id', id)
    .select(
      'i.id',
      'i.number',
      'i.invoice_date',
      'i.due_date',
      'i.currency',
      'i.amount',
      'f.open_balance',
      'f.disputed_amount',
      'ci.claimed_amount',
      'f.mep_expiry',
      'f.overdue_notice_due',
      'f.claim_due',
    )
    .orderBy(['i.due_date', 'i.id']);
  const invoiceIds = claimed.map((invoice) => invoice.id);
  const payments = await db('allocations as a')
    .join('payments as p', 'p.id', 'a.payment_id')
    .join('invoices as i', 'i.id', 'a.invoice_id')
    .whereIn('a.invoice_id', invoiceIds)
    .where('p.received_date', '<=', asOf)
    .select(
      'p.received_date',
      'p.method',
      'p.reference',
      'p.check_number',
      'i.number',
      'a.amount',
      'p.currency',
    )
    .orderBy(['p.received_date', 'a.id']);
  const deductions = await db('deductions as d')
    .join('invoices as i', 'i.id', 'd.invoice_id')
    .whereIn('d.invoice_id', invoiceIds)
    .where('d.opened_date', '<=', asOf)
    .select(
      'd.opened_date',
      'i.number',
      'd.reason_code',
      'd.amount',
      'd.status',
      'd.resolved_date',
      'd.buyer_explanation',
    )
    .orderBy(['d.opened_date', 'd.id']);
  const reminders = await db('reminders as r')
    .join('dunning_levels as l', 'l.id', 'r.dunning_level_id')
    .where({ 'r.exporter_id': pair.exporter_id, 'r.buyer_id': pair.buyer_id })
    .where('r.reminder_date', '<=', asOf)
    .select(
      'r.reminder_date',
      'r.channel',
      'l.name as level',
      'r.total_open',
      'r.currency',
      'r.status',
      'r.subject',
    )
    .orderBy(['r.reminder_date', 'r.id']);
  const contacts = await db('contacts as c')
    .where('c.buyer_id', pair.buyer_id)
    .where((q) => q.where('c.exporter_id', pair.exporter_id).orWhereNull('c.exporter_id'))
    .where('c.contact_date', '<=', asOf)
    .select(
      'c.contact_date',
      'c.channel',
      'c.staff_name',
      'c.buyer_contact',
      'c.summary',
      'c.promised_amount',
      'c.promise_to_pay_date',
    )
    .orderBy(['c.contact_date', 'c.id']);
  return { claim, statement, claimed, payments, deductions, reminders, contacts };
}
