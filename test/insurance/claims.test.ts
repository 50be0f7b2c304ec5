import { createTestApp, TestApp } from '../helpers/test-app';
import { insert, limitFixture } from '../helpers/fixtures';
import { count, downloadWorkbook, insuredPair, invoice, Pair, sheetRows } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

/** The buyer: limit 40,000.00, insured 90 %, deductible 1,000.00, 50,000.00 unpaid. */
async function buyerInDefault(): Promise<{ pair: Pair; invoices: Record<string, any>[] }> {
  const pair = await insuredPair(t, { insured_percent: '90.00', deductible: '1000.00' });
  await limitFixture(t.db, pair, '40000.00', '2024-12-01');
  const a = await invoice(t, pair, {
    number: 'CL-1',
    invoice_date: '2025-01-01',
    terms_days: 60,
    amount: '30000.00',
  });
  const b = await invoice(t, pair, {
    number: 'CL-2',
    invoice_date: '2025-01-15',
    terms_days: 60,
    amount: '20000.00',
  });
  await insert(t.db, 'deductions', {
    invoice_id: a.id,
    amount: '5000.00',
    reason_code: 'damaged_goods',
    status: 'disputed',
    opened_date: '2025-03-10',
    buyer_explanation: 'Pallets arrived crushed',
  });
  return { pair, invoices: [a, b] };
}

const open = (pair: Pair, extra: object = {}) =>
  t.api.post('/api/claims/open').send({
    exporter_id: pair.exporter_id,
    buyer_id: pair.buyer_id,
    as_of: '2025-06-01',
    ...extra,
  });

describe('claims', () => {
  it('claims 45,000.00 of 50,000.00 unpaid with 5,000.00 disputed and expects a payout of 35,000.00', async () => {
    const { pair } = await buyerInDefault();
    const opened = await open(pair);
    expect(opened.status).toBe(201);
    const claim = (await t.api.get(`/api/claims/${opened.body.id}`)).body;
    expect(claim).toMatchObject({
      status: 'draft',
      claimed_amount: '45000.00',
      claimable: '45000.00',
      limit_amount: '40000.00',
      covered_loss: '40000.00',
      insured_percent: '90.00',
      deductible: '1000.00',
      expected_payout: '35000.00',
      claim_due: '2025-07-30',
      filed_late: false,
    });
    const lines = await t
      .db('claim_invoices')
      .where({ claim_id: claim.id })
      .orderBy('claimed_amount');
    expect(lines.map((l) => l.claimed_amount)).toEqual(['20000.00', '25000.00']);
  });

  it('moves draft → filed → under review → approved → paid in parts, and splits a later recovery', async () => {
    const { pair } = await buyerInDefault();
    const { id } = (await open(pair)).body;
    const filed = await t.api.post(`/api/claims/${id}/file`).send({ filed_date: '2025-07-20' });
    expect(filed.body).toMatchObject({
      status: 'filed',
      filed_date: '2025-07-20',
      filed_late: false,
    });
    const skip = await t.api
      .post(`/api/claims/${id}/pay`)
      .send({ paid_date: '2025-08-01', amount: '100.00' });
    expect(skip.status).toBe(400);
    expect(skip.body.errors).toEqual({ status: 'is filed, not approved' });
    await t.api.post(`/api/claims/${id}/review`).send({});
    const approved = await t.api
      .post(`/api/claims/${id}/approve`)
      .send({ insurer_reference: 'ACI-C-12' });
    expect(approved.body).toMatchObject({ status: 'approved', approved_amount: '35000.00' });
    const part = await t.api
      .post(`/api/claims/${id}/pay`)
      .send({ paid_date: '2025-12-01', amount: '20000.00' });
    expect(part.body).toMatchObject({ status: 'paid', paid_amount: '20000.00' });
    const tooMuch = await t.api
      .post(`/api/claims/${id}/pay`)
      .send({ paid_date: '2025-12-15', amount: '15000.01' });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors).toEqual({
      amount: 'cannot exceed the 15000.00 left of the approved amount',
    });
    await t.api.post(`/api/claims/${id}/pay`).send({ paid_date: '2025-12-15', amount: '15000.00' });
    const recovery = await t.api.post('/api/recoveries').send({
      claim_id: id,
      received_date: '2026-02-01',
      amount: '9000.00',
      source: 'Buyer settlement',
    });
    expect(recovery.status).toBe(201);
    expect(recovery.body).toMatchObject({
      loss: '45000.00',
      insurer_loss: '35000.00',
      insurer_share: '7000.00',
      exporter_share: '2000.00',
    });
    expect((await t.api.get(`/api/claims/${id}`)).body).toMatchObject({
      paid_amount: '35000.00',
      recovered_amount: '9000.00',
      insurer_recovery: '7000.00',
      exporter_recovery: '2000.00',
    });
  });

  it('flags a claim filed after its claim due date as late', async () => {
    const { pair } = await buyerInDefault();
    const { id } = (await open(pair)).body;
    const filed = await t.api.post(`/api/claims/${id}/file`).send({ filed_date: '2025-07-31' });
    expect(filed.body).toMatchObject({ claim_due: '2025-07-30', filed_late: true });
  });

  it('gathers the claim pack: statement, claimed invoices with original due dates, payments, deductions, reminders and contacts', async () => {
    const { pair, invoices } = await buyerInDefault();
    const payment = await insert(t.db, 'payments', {
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      method: 'wire',
      amount: '2000.00',
      currency: 'USD',
      received_date: '2025-04-02',
      reference: 'WIRE-55',
    });
    await insert(t.db, 'allocations', {
      payment_id: payment.id,
      invoice_id: invoices[1].id,
      amount: '2000.00',
    });
    await insert(t.db, 'contacts', {
      buyer_id: pair.buyer_id,
      exporter_id: pair.exporter_id,
      contact_date: '2025-04-10',
      channel: 'phone',
      staff_name: 'Giulia',
      summary: 'Promised to pay by month end',
    });
    const level = await insert(t.db, 'dunning_levels', {
      exporter_id: pair.exporter_id,
      level: 2,
      offset_days: 30,
      channel: 'email',
      name: 'Second reminder',
    });
    await insert(t.db, 'reminders', {
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      dunning_level_id: level.id,
      reminder_date: '2025-04-01',
      channel: 'email',
      currency: 'USD',
      total_open: '50000.00',
      status: 'sent',
    });
    const { id } = (await open(pair)).body;
    const workbook = await downloadWorkbook(t, `/api/claims/${id}/pack?as_of=2025-06-01`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Claim',
      'Statement of account',
      'Claimed invoices',
      'Payments',
      'Deductions',
      'Reminders',
      'Contacts',
    ]);
    expect(sheetRows(workbook, 'Claim')).toContainEqual(['Expected payout', 35000]);
    const claimed = sheetRows(workbook, 'Claimed invoices');
    expect(claimed[0].slice(0, 3)).toEqual(['Invoice', 'Invoice date', 'Original due date']);
    expect(claimed.slice(1).map((r) => [r[0], r[2], r[7]])).toEqual([
      ['CL-1', '2025-03-02', 25000],
      ['CL-2', '2025-03-16', 18000],
    ]);
    expect(
      sheetRows(workbook, 'Statement of account')
        .slice(1)
        .map((r) => [r[0], r[7], r[8]]),
    ).toEqual([
      ['CL-1', 30000, 5000],
      ['CL-2', 18000, 0],
    ]);
    expect(sheetRows(workbook, 'Payments')[1]).toEqual([
      '2025-04-02',
      'wire',
      'WIRE-55',
      undefined,
      'CL-2',
      2000,
      'USD',
    ]);
    expect(sheetRows(workbook, 'Deductions')[1].slice(0, 5)).toEqual([
      '2025-03-10',
      'CL-1',
      'damaged_goods',
      5000,
      'disputed',
    ]);
    expect(sheetRows(workbook, 'Reminders')[1].slice(0, 4)).toEqual([
      '2025-04-01',
      'email',
      'Second reminder',
      50000,
    ]);
    expect(sheetRows(workbook, 'Contacts')[1].slice(0, 5)).toEqual([
      '2025-04-10',
      'phone',
      'Giulia',
      undefined,
      'Promised to pay by month end',
    ]);
  });
});

describe('bad claims', () => {
  it('refuses a claim on a buyer with no overdue insured invoice and stores nothing', async () => {
    const pair = await insuredPair(t);
    await limitFixture(t.db, pair, '40000.00', '2024-12-01');
    await invoice(t, pair, {
      number: 'NY-1',
      invoice_date: '2025-05-01',
      terms_days: 60,
      amount: '1000.00',
    });
    const before = await count(t, 'claims');
    const res = await open(pair);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'This buyer has no overdue insured invoice of this exporter left to claim',
      errors: { buyer_id: 'has no overdue insured invoice to claim' },
    });
    expect(await count(t, 'claims')).toBe(before);
  });

  it('refuses a claim for an uninsured invoice and says which', async () => {
    const pair = await insuredPair(t, { max_credit_days: 90 });
    await limitFixture(t.db, pair, '40000.00', '2024-12-01');
    const insured = await invoice(t, pair, {
      number: 'UI-1',
      invoice_date: '2025-01-01',
      terms_days: 60,
      amount: '1000.00',
    });
    const uninsured = await invoice(t, pair, {
      number: 'UI-2',
      invoice_date: '2025-01-01',
      terms_days: 100,
      amount: '1000.00',
    });
    const before = await count(t, 'claim_invoices');
    const res = await open(pair, { invoice_ids: [insured.id, uninsured.id] });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ invoice_ids: 'invoice UI-2 is not insured' });
    expect(await count(t, 'claim_invoices')).toBe(before);
  });

  it('refuses a policy with negative or missing terms', async () => {
    const before = await count(t, 'policies');
    const base = {
      insurer: 'Atlantic',
      policy_number: 'BAD-1',
      currency: 'USD',
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      mep_days: 60,
      overdue_notice_days: 30,
      claim_filing_days: 90,
      waiting_period_days: 150,
      insured_percent: '90.00',
      max_credit_days: 120,
      premium_rate: '0.25',
    };
    const negative = await t.api.post('/api/policies').send({ ...base, mep_days: -5 });
    expect(negative.status).toBe(400);
    expect(negative.body.errors).toEqual({ mep_days: 'must be >= 0' });
    const { claim_filing_days: _missing, ...withoutClaimDays } = base;
    const missing = await t.api.post('/api/policies').send(withoutClaimDays);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ claim_filing_days: 'is required' });
    expect(await count(t, 'policies')).toBe(before);
  });

  it('refuses to create a claim or skip a status through the plain resource', async () => {
    const { pair } = await buyerInDefault();
    const direct = await t.api.post('/api/claims').send({});
    expect(direct.status).toBe(400);
    const { id, version } = (await open(pair)).body;
    await t.api.put(`/api/claims/${id}`).send({ status: 'paid', version });
    expect((await t.db('claims').where({ id }).first()).status).toBe('draft');
    const reject = await t.api.post(`/api/claims/${id}/reject`).send({ reason: 'Late' });
    expect(reject.body.errors).toEqual({
      status: 'is draft; rejected needs filed or under_review',
    });
  });
});
