import { createHash } from 'node:crypto';
import type { Db } from '../../db/connection';
import { addLinksAndNotices } from './exporter-world-links';
import { buyerFixture, exporterFixture, insert, limitFixture, policyFixture } from './fixtures';

export const file = (text: string) => {
  const content = Buffer.from(text);
  return {
    content,
    size_bytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
};

/**
 * One exporter with a row in every table that can belong to it: some through its own
 * exporter_id, some only through a parent (an allocation through its invoice, a check image
 * through its payment). It trades with a buyer and under a policy it shares with others,
 * with a buyer and a policy of its own, and with an uninsured buyer it sent to an agency.
 */
export async function exporterWorld(db: Db, shared: { buyerId: number; policyId: number }) {
  const exporter = await exporterFixture(db);
  const e = exporter.id;
  const ownBuyer = await buyerFixture(db);
  const ownPolicy = await policyFixture(db);
  // No limit, so its account may go to a collection agency (an insured one goes to the insurer).
  const uninsuredBuyer = await buyerFixture(db);
  const usd = { exporter_id: e, currency: 'USD' };
  const order = await insert(db, 'purchase_orders', {
    ...usd,
    buyer_id: shared.buyerId,
    number: `PO-${e}`,
    received_date: '2026-01-05',
    amount: '1000.00',
  });
  await insert(db, 'order_confirmations', {
    ...usd,
    buyer_id: shared.buyerId,
    purchase_order_id: order.id,
    number: `OC-${e}`,
    confirmation_date: '2026-01-06',
    amount: '1000.00',
  });
  const pair = { exporter_id: e, buyer_id: shared.buyerId, policy_id: shared.policyId };
  const limitRequest = await limitFixture(db, pair, '50000.00', '2026-01-02');
  await limitFixture(
    db,
    { ...pair, buyer_id: ownBuyer.id, policy_id: ownPolicy.id },
    '9000.00',
    '2026-01-02',
  );
  const premium = await insert(db, 'premiums', {
    ...usd,
    policy_id: ownPolicy.id,
    period_start: '2026-01-01',
    period_end: '2026-12-31',
    amount: '500.00',
  });
  await insert(db, 'premium_payments', {
    ...usd,
    premium_id: premium.id,
    policy_id: ownPolicy.id,
    paid_date: '2026-01-10',
    amount: '500.00',
  });
  const invoice = await insert(db, 'invoices', {
    ...usd,
    buyer_id: shared.buyerId,
    purchase_order_id: order.id,
    number: `INV-${e}-1`,
    invoice_date: '2026-01-15',
    due_date: '2026-03-16',
    amount: '800.00',
  });
  const ownInvoice = await insert(db, 'invoices', {
    ...usd,
    buyer_id: ownBuyer.id,
    number: `INV-${e}-2`,
    invoice_date: '2026-01-20',
    due_date: '2026-02-19',
    amount: '400.00',
  });
  const uninsuredInvoice = await insert(db, 'invoices', {
    ...usd,
    buyer_id: uninsuredBuyer.id,
    number: `INV-${e}-3`,
    invoice_date: '2026-01-25',
    due_date: '2026-02-24',
    amount: '390.00',
  });
  await insert(db, 'invoice_extensions', {
    invoice_id: ownInvoice.id,
    agreed_date: '2026-02-10',
    extended_due_date: '2026-03-10',
  });
  await insert(db, 'credit_notes', {
    invoice_id: ownInvoice.id,
    credit_date: '2026-02-01',
    amount: '10.00',
  });
  const deposit = await insert(db, 'deposits', {
    ...usd,
    bank_account: 'BNL 001',
    deposit_date: '2026-02-03',
  });
  const payment = await insert(db, 'payments', {
    ...usd,
    buyer_id: shared.buyerId,
    method: 'check',
    amount: '300.00',
    received_date: '2026-02-01',
    check_number: `CHK-${e}`,
    check_date: '2026-02-01',
    deposit_id: deposit.id,
  });
  await insert(db, 'allocations', {
    payment_id: payment.id,
    invoice_id: invoice.id,
    amount: '200.00',
  });
  await insert(db, 'deductions', {
    invoice_id: invoice.id,
    payment_id: payment.id,
    amount: '50.00',
    reason_code: 'shortage',
  });
  // A check image knows only its payment, an invoice copy only its invoice.
  const checkImage = await insert(db, 'documents', {
    kind: 'check_image',
    payment_id: payment.id,
    filename: 'check.png',
    content_type: 'image/png',
    ...file(`check of exporter ${e}`),
  });
  const invoiceCopy = await insert(db, 'documents', {
    kind: 'invoice_copy',
    invoice_id: ownInvoice.id,
    filename: 'invoice.pdf',
    content_type: 'application/pdf',
    ...file(`invoice of exporter ${e}`),
  });
  const authorisation = await insert(db, 'documents', {
    kind: 'authorisation',
    exporter_id: e,
    filename: 'mandate.pdf',
    content_type: 'application/pdf',
    ...file(`authorisation of exporter ${e}`),
  });
  const level = await insert(db, 'dunning_levels', {
    exporter_id: e,
    level: 1,
    offset_days: -5,
    channel: 'email',
    name: 'Friendly reminder',
  });
  await insert(db, 'dunning_texts', {
    dunning_level_id: level.id,
    language: 'en',
    subject: 'Reminder',
    body: 'Please pay.',
  });
  const reminder = await insert(db, 'reminders', {
    ...usd,
    buyer_id: shared.buyerId,
    dunning_level_id: level.id,
    reminder_date: '2026-03-11',
    channel: 'email',
    total_open: '550.00',
    subject: `Reminder for exporter ${e}`,
    body: 'Please pay.',
  });
  const contact = await insert(db, 'contacts', {
    buyer_id: shared.buyerId,
    exporter_id: e,
    contact_date: '2026-03-20',
    channel: 'phone',
    summary: 'Promised to pay next week',
  });
  await insert(db, 'reviews', { invoice_id: ownInvoice.id, entered_date: '2026-04-05' });
  const agency = await insert(db, 'collection_agencies', { name: `Agency of ${e}` });
  const referral = await insert(db, 'agency_referrals', {
    ...usd,
    buyer_id: uninsuredBuyer.id,
    agency_id: agency.id,
    authorised_by: 'Managing director',
    authorised_date: '2026-04-10',
    authorisation_document_id: authorisation.id,
    amount_placed: '390.00',
  });
  const claim = await insert(db, 'claims', {
    ...usd,
    buyer_id: ownBuyer.id,
    policy_id: ownPolicy.id,
    claimed_amount: '390.00',
  });
  await insert(db, 'claim_payments', {
    claim_id: claim.id,
    paid_date: '2026-09-01',
    amount: '351.00',
  });
  await insert(db, 'recoveries', {
    claim_id: claim.id,
    received_date: '2026-10-01',
    amount: '39.00',
  });
  await insert(db, 'job_runs', { job: 'weekly-report', as_of: '2026-03-02', exporter_id: e });
  const report = await insert(db, 'reports', {
    exporter_id: e,
    kind: 'weekly',
    period_start: '2026-02-23',
    period_end: '2026-03-01',
    language: 'it',
    filename: `relazione-settimanale-${e}.xlsx`,
    ...file(`weekly workbook of exporter ${e}`),
  });
  const links = await addLinksAndNotices(db, {
    exporterId: e,
    buyerId: shared.buyerId,
    order,
    limitRequest,
    invoice,
    ownInvoice,
    uninsuredInvoice,
    reminder,
    contact,
    claim,
    referral,
  });
  const documents = { checkImage, invoiceCopy, authorisation };
  return {
    exporter,
    ownBuyer,
    ownPolicy,
    invoice,
    payment,
    report,
    claim,
    reminder,
    documents,
    ...links,
  };
}

export type ExporterWorld = Awaited<ReturnType<typeof exporterWorld>>;

/** Two exporters' worlds, trading with one shared buyer under one shared policy. */
export async function twoExporterWorlds(db: Db) {
  const shared = {
    buyerId: (await buyerFixture(db)).id,
    policyId: (await policyFixture(db)).id,
  };
  const mine = await exporterWorld(db, shared);
  const theirs = await exporterWorld(db, shared);
  return { shared, mine, theirs };
}
