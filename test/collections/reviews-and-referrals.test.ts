import { createTestApp, TestApp } from '../helpers/test-app';
import { insert, limitFixture, policyFixture } from '../helpers/fixtures';
import { enterReviews } from '../../server/collections/enter-reviews';
import { invoice, invoiceFigures, pair } from './collections-world';

let t: TestApp;
let agencyId: number;
beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await insert(t.db, 'collection_agencies', { name: 'Midwest Recovery LLC' })).id;
});
afterAll(() => t.drop());

const PDF = Buffer.from('%PDF-1.4\nsigned authorisation\n%%EOF\n');

async function insuredPair() {
  const owners = await pair(t.db);
  const policy = await policyFixture(t.db);
  await limitFixture(t.db, { ...owners, policy_id: policy.id }, '50000.00', '2025-12-01');
  return owners;
}

async function authorisation(exporterId: number) {
  const res = await t.api
    .post('/api/agency_referrals/authorisations')
    .field('exporter_id', String(exporterId))
    .attach('file', PDF, 'authorisation.pdf')
    .expect(201);
  return res.body.id as number;
}

async function reviewOf(invoiceId: number) {
  await enterReviews(t.db, '2026-03-20');
  return t.db('reviews').where({ invoice_id: invoiceId }).first();
}

const decide = (reviewId: number, body: Record<string, unknown>) =>
  t.api
    .post(`/api/reviews/${reviewId}/decide`)
    .send({ decided_by: 'Giulia Conti (CFO)', decided_date: '2026-03-25', ...body });

describe('the 45-day review', () => {
  it('queues invoices 45 or more days past due once, until the exporter decides', async () => {
    const owners = await pair(t.db);
    const late = await invoice(t.db, owners, { due_date: '2026-01-31' });
    const recent = await invoice(t.db, owners, { due_date: '2026-02-10' });
    const first = await enterReviews(t.db, '2026-03-17'); // 45 days after 2026-01-31
    expect(first.entered).toBeGreaterThanOrEqual(1);
    expect((await enterReviews(t.db, '2026-03-17')).entered).toBe(0);
    const queue = await t.api
      .get(`/api/reviews?filter=${JSON.stringify({ pending: true, buyer_id: owners.buyer_id })}`)
      .expect(200);
    expect(queue.body).toEqual([
      expect.objectContaining({
        invoice_id: late.id,
        entered_date: '2026-03-17',
        open_balance: '1000.00',
        decision: null,
      }),
    ]);
    expect(await t.db('reviews').where({ invoice_id: recent.id })).toEqual([]);
    const kept = await decide(queue.body[0].id, { decision: 'keep_chasing' }).expect(200);
    expect(kept.body.review).toMatchObject({
      decision: 'keep_chasing',
      decided_by: 'Giulia Conti (CFO)',
      decided_date: '2026-03-25',
    });
    const pending = await t.api
      .get(`/api/reviews?filter=${JSON.stringify({ pending: true, buyer_id: owners.buyer_id })}`)
      .expect(200);
    expect(pending.body).toEqual([]);
    await decide(queue.body[0].id, { decision: 'write_off' }).expect(409);
    const other = await reviewOf((await invoice(t.db, owners, { due_date: '2026-01-20' })).id);
    const put = await t.api
      .put(`/api/reviews/${other.id}`)
      .send({
        decision: 'write_off',
        decided_by: 'x',
        decided_date: '2026-03-25',
        notes: 'Call Monday',
      })
      .expect(200);
    expect(put.body).toMatchObject({ decision: null, notes: 'Call Monday' });
  });

  it('records a payment plan as extensions and keeps the original due date', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    const review = await reviewOf(inv.id);
    const uneven = await decide(review.id, {
      decision: 'payment_plan',
      plan: [
        { extended_due_date: '2026-04-15', amount: '500.00' },
        { extended_due_date: '2026-05-15', amount: '400.00' },
      ],
    }).expect(400);
    expect(uneven.body.errors).toEqual({ plan: 'must add up to 1000.00' });
    const res = await decide(review.id, {
      decision: 'payment_plan',
      plan: [
        { extended_due_date: '2026-04-15', amount: '500.00' },
        { extended_due_date: '2026-05-15', amount: '500.00' },
      ],
    }).expect(200);
    expect(
      res.body.extensions.map((e: Record<string, string>) => [e.extended_due_date, e.amount]),
    ).toEqual([
      ['2026-04-15', '500.00'],
      ['2026-05-15', '500.00'],
    ]);
    const shown = await t.api.get(`/api/invoices/${inv.id}`).expect(200);
    expect(shown.body.due_date).toBe('2026-01-31');
  });

  it('writes off the open balance as a write-off credit', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners, { amount: '730.15' });
    const review = await reviewOf(inv.id);
    const res = await decide(review.id, { decision: 'write_off', notes: 'Buyer closed' }).expect(
      200,
    );
    expect(res.body.credit_note).toMatchObject({
      kind: 'write_off',
      amount: '730.15',
      credit_date: '2026-03-25',
    });
    expect(await invoiceFigures(t.db, inv.id)).toMatchObject({ open_balance: '0.00' });
  });

  it('sends only insured invoices to the insurer and only uninsured ones to an agency', async () => {
    const uninsured = await invoice(t.db, await pair(t.db));
    const refused = await decide((await reviewOf(uninsured.id)).id, { decision: 'claim' }).expect(
      400,
    );
    expect(refused.body.errors).toEqual({ decision: 'the invoice is not insured' });

    const insured = await insuredPair();
    const covered = await invoice(t.db, insured);
    const coveredReview = await reviewOf(covered.id);
    const toAgency = await decide(coveredReview.id, {
      decision: 'agency',
      referral: { agency_id: agencyId },
    }).expect(400);
    expect(toAgency.body.errors).toEqual({ decision: 'the invoice is insured' });
    await decide(coveredReview.id, { decision: 'claim' }).expect(200);
  });

  it('refers an uninsured invoice to an agency from the review with the authorisation on record', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners, { amount: '2400.00' });
    const review = await reviewOf(inv.id);
    const unsigned = await decide(review.id, {
      decision: 'agency',
      referral: { agency_id: agencyId },
    }).expect(400);
    expect(unsigned.body.errors).toMatchObject({
      'referral.authorisation_document_id': 'upload the signed authorisation first',
    });
    const documentId = await authorisation(owners.exporter_id);
    const res = await decide(review.id, {
      decision: 'agency',
      referral: {
        agency_id: agencyId,
        authorised_by: 'Giulia Conti (CFO)',
        authorised_date: '2026-03-24',
        authorisation_document_id: documentId,
        placed_date: '2026-03-26',
      },
    }).expect(200);
    expect(res.body.referral).toMatchObject({
      status: 'placed',
      amount_placed: '2400.00',
      currency: 'USD',
      invoice_ids: [inv.id],
    });
  });
});

describe('agency referrals', () => {
  const refer = (body: Record<string, unknown>) =>
    t.api.post('/api/agency_referrals/refer').send(body);

  it('refuses an insured buyer, with the reason', async () => {
    const owners = await insuredPair();
    const inv = await invoice(t.db, owners);
    const documentId = await authorisation(owners.exporter_id);
    const res = await refer({
      ...owners,
      agency_id: agencyId,
      invoice_ids: [inv.id],
      authorised_by: 'Marco Rossi',
      authorised_date: '2026-03-01',
      authorisation_document_id: documentId,
    }).expect(400);
    expect(res.body.errors).toEqual({
      buyer_id:
        'The buyer is insured: its unpaid invoices go to the insurer (overdue notice, claim), not to an agency',
    });
    expect(await t.db('agency_referrals').where({ buyer_id: owners.buyer_id })).toEqual([]);
  });

  it('refuses a referral without the authorisation, or with a document that is not one', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    const none = await refer({ ...owners, agency_id: agencyId, invoice_ids: [inv.id] }).expect(400);
    expect(none.body).toEqual({
      message:
        "An account goes to an agency only with the exporter's written authorisation on record",
      errors: {
        authorised_by: 'name who at the exporter signed',
        authorised_date: 'give the date it was signed',
        authorisation_document_id: 'upload the signed authorisation first',
      },
    });
    const otherExporters = await authorisation((await pair(t.db)).exporter_id);
    const wrong = await refer({
      ...owners,
      agency_id: agencyId,
      invoice_ids: [inv.id],
      authorised_by: 'Marco Rossi',
      authorised_date: '2026-03-01',
      authorisation_document_id: otherExporters,
    }).expect(400);
    expect(wrong.body.errors).toEqual({
      authorisation_document_id: `Authorisation ${otherExporters} was not signed by this exporter`,
    });
    const generic = await t.api
      .post('/api/agency_referrals')
      .send({
        ...owners,
        agency_id: agencyId,
        authorised_by: 'Marco Rossi',
        authorised_date: '2026-03-01',
        amount_placed: '100.00',
        currency: 'USD',
      })
      .expect(400);
    expect(generic.body.errors).toEqual({ authorisation_document_id: 'is required' });
    expect(await t.db('agency_referrals').where({ buyer_id: owners.buyer_id })).toEqual([]);
  });

  it('places an uninsured account and tracks recoveries, fees and status', async () => {
    const owners = await pair(t.db);
    const a = await invoice(t.db, owners, { amount: '1500.00' });
    const b = await invoice(t.db, owners, { amount: '500.00' });
    const documentId = await authorisation(owners.exporter_id);
    const placed = await refer({
      ...owners,
      agency_id: agencyId,
      invoice_ids: [a.id, b.id],
      authorised_by: 'Marco Rossi',
      authorised_date: '2026-03-01',
      authorisation_document_id: documentId,
      placed_date: '2026-03-02',
    }).expect(201);
    expect(placed.body).toMatchObject({
      amount_placed: '2000.00',
      status: 'placed',
      authorised_by: 'Marco Rossi',
    });
    const tracked = await t.api
      .put(`/api/agency_referrals/${placed.body.id}`)
      .send({ status: 'recovering', recovered_amount: '800.00', fee_amount: '120.00' })
      .expect(200);
    expect(tracked.body).toMatchObject({
      status: 'recovering',
      recovered_amount: '800.00',
      fee_amount: '120.00',
    });
    const tooMuch = await t.api
      .put(`/api/agency_referrals/${placed.body.id}`)
      .send({ recovered_amount: '2000.01' })
      .expect(400);
    expect(tooMuch.body.errors).toHaveProperty('recovered_amount');
    const doc = await t.api.get(`/api/documents/${documentId}/content`).expect(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
  });
});
