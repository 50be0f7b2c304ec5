import { createTestApp, TestApp } from '../helpers/test-app';
import { count, insuredPair, invoice, limitRequest, list } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const decide = (id: number, body: object) =>
  t.api.post(`/api/limit_requests/${id}/decide`).send(body);
const amend = (id: number, body: object) =>
  t.api.post(`/api/limit_requests/${id}/amend`).send(body);
const invoiceFigures = async (id: number) => (await t.api.get(`/api/invoices/${id}`)).body;

describe('limit decisions', () => {
  it('insures an invoice of 2026-03-15 against 100,000.00 and one of 2026-04-01 against 20,000.00 after a cut noticed on 2026-03-01', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '100000.00', '2026-01-05');
    const approved = await decide(request.id, {
      decision: 'approved',
      decision_date: '2026-01-10',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.request).toMatchObject({
      status: 'approved',
      granted_amount: '100000.00',
      decision_date: '2026-01-10',
    });
    const cut = await amend(request.id, {
      decision: 'reduced',
      granted_amount: '20000.00',
      decision_date: '2026-03-01',
    });
    expect(cut.status).toBe(200);
    expect(cut.body.decision).toMatchObject({
      effective_date: '2026-03-31',
      granted_amount: '20000.00',
    });
    expect(cut.body.request).toMatchObject({ status: 'reduced', granted_amount: '20000.00' });
    const before = await invoice(t, pair, {
      number: 'R-1',
      invoice_date: '2026-03-15',
      terms_days: 60,
      amount: '5000.00',
    });
    const after = await invoice(t, pair, {
      number: 'R-2',
      invoice_date: '2026-04-01',
      terms_days: 60,
      amount: '5000.00',
    });
    expect(await invoiceFigures(before.id)).toMatchObject({
      insured: true,
      limit_amount: '100000.00',
    });
    expect(await invoiceFigures(after.id)).toMatchObject({
      insured: true,
      limit_amount: '20000.00',
    });
    const history = await list(t, 'limit_decisions', { limit_request_id: request.id }, [
      'id',
      'ASC',
    ]);
    expect(history.body.map((d: { decision: string }) => d.decision)).toEqual([
      'approved',
      'reduced',
    ]);
  });

  it('records partial, conditional and temporary approvals, and a temporary limit lapses at its expiry', async () => {
    const pair = await insuredPair(t);
    const partial = await limitRequest(t, pair, '80000.00', '2026-02-01');
    const res = await decide(partial.id, {
      decision: 'partial',
      granted_amount: '50000.00',
      decision_date: '2026-02-05',
    });
    expect(res.body.request).toMatchObject({ status: 'partial', granted_amount: '50000.00' });

    const other = await insuredPair(t);
    const conditional = await limitRequest(t, other, '30000.00', '2026-02-01');
    const withConditions = await decide(conditional.id, {
      decision: 'conditional',
      decision_date: '2026-02-03',
      conditions: 'Terms no longer than 60 days',
    });
    expect(withConditions.body.decision).toMatchObject({
      decision: 'conditional',
      granted_amount: '30000.00',
      conditions: 'Terms no longer than 60 days',
    });

    const third = await insuredPair(t);
    const temporary = await limitRequest(t, third, '25000.00', '2026-05-01');
    const temp = await decide(temporary.id, {
      decision: 'temporary',
      decision_date: '2026-05-02',
      expiry_date: '2026-06-30',
    });
    expect(temp.body.request).toMatchObject({ status: 'temporary', expiry_date: '2026-06-30' });
    const inside = await invoice(t, third, {
      number: 'T-1',
      invoice_date: '2026-06-30',
      terms_days: 30,
      amount: '100.00',
    });
    const outside = await invoice(t, third, {
      number: 'T-2',
      invoice_date: '2026-07-01',
      terms_days: 30,
      amount: '100.00',
    });
    expect(await invoiceFigures(inside.id)).toMatchObject({
      insured: true,
      limit_amount: '25000.00',
    });
    expect(await invoiceFigures(outside.id)).toMatchObject({ insured: false, limit_amount: null });
  });

  it('keeps an existing limit when the insurer declines an increase, and records the reason', async () => {
    const pair = await insuredPair(t);
    const first = await limitRequest(t, pair, '40000.00', '2026-01-01');
    await decide(first.id, { decision: 'approved', decision_date: '2026-01-02' });
    const increase = await limitRequest(t, pair, '90000.00', '2026-02-01');
    const declined = await decide(increase.id, {
      decision: 'declined',
      decision_date: '2026-02-10',
      reason: 'Weak 2025 accounts',
    });
    expect(declined.body.request).toMatchObject({ status: 'declined', granted_amount: '0.00' });
    expect(declined.body.decision.reason).toBe('Weak 2025 accounts');
    const later = await invoice(t, pair, {
      number: 'D-1',
      invoice_date: '2026-03-01',
      terms_days: 30,
      amount: '100.00',
    });
    expect(await invoiceFigures(later.id)).toMatchObject({
      insured: true,
      limit_amount: '40000.00',
    });
  });

  it('keeps a pending answer in the history and leaves the request open for the real decision', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '10000.00', '2026-01-01');
    const pending = await decide(request.id, {
      decision: 'pending',
      decision_date: '2026-01-08',
      reason: 'Insurer waiting for accounts',
    });
    expect(pending.body.request).toMatchObject({ status: 'pending', granted_amount: null });
    const approved = await decide(request.id, {
      decision: 'approved',
      decision_date: '2026-01-20',
    });
    expect(approved.status).toBe(200);
    expect(await count(t, 'limit_decisions', { limit_request_id: request.id })).toBe(2);
  });

  it('cancels a limit 30 days after notice, and a newer decision supersedes the older one', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '60000.00', '2026-01-01');
    await decide(request.id, { decision: 'approved', decision_date: '2026-01-05' });
    const raised = await amend(request.id, {
      decision: 'approved',
      granted_amount: '75000.00',
      increase: true,
      decision_date: '2026-02-01',
    });
    expect(raised.body.request).toMatchObject({ status: 'approved', granted_amount: '75000.00' });
    const cancelled = await amend(request.id, {
      decision: 'cancelled',
      decision_date: '2026-04-01',
    });
    expect(cancelled.body.decision).toMatchObject({
      effective_date: '2026-05-01',
      granted_amount: '0.00',
    });
    const shipped = await invoice(t, pair, {
      number: 'C-1',
      invoice_date: '2026-04-30',
      terms_days: 30,
      amount: '10.00',
    });
    const late = await invoice(t, pair, {
      number: 'C-2',
      invoice_date: '2026-05-01',
      terms_days: 30,
      amount: '10.00',
    });
    expect(await invoiceFigures(shipped.id)).toMatchObject({
      insured: true,
      limit_amount: '75000.00',
    });
    expect(await invoiceFigures(late.id)).toMatchObject({ insured: false });
  });
});

describe('bad limit decisions', () => {
  it('refuses a decision on a request that is not pending and stores nothing', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '10000.00', '2026-01-01');
    await decide(request.id, { decision: 'approved', decision_date: '2026-01-02' });
    const again = await decide(request.id, {
      decision: 'declined',
      decision_date: '2026-01-03',
      reason: 'Changed its mind',
    });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/is approved, not pending/);
    expect(again.body.errors).toEqual({ status: 'is approved, not pending' });
    expect(await count(t, 'limit_decisions', { limit_request_id: request.id })).toBe(1);
  });

  it('refuses a granted amount above the requested one unless it is said to be an increase', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '10000.00', '2026-01-01');
    const above = await decide(request.id, {
      decision: 'approved',
      granted_amount: '12000.00',
      decision_date: '2026-01-02',
    });
    expect(above.status).toBe(400);
    expect(above.body.errors.granted_amount).toMatch(
      /above the requested 10000.00.*increase: true/,
    );
    expect(await count(t, 'limit_decisions', { limit_request_id: request.id })).toBe(0);
    const stored = await t.db('limit_requests').where({ id: request.id }).first();
    expect(stored).toMatchObject({ status: 'pending', granted_amount: null });
    const increase = await decide(request.id, {
      decision: 'approved',
      granted_amount: '12000.00',
      increase: true,
      decision_date: '2026-01-02',
    });
    expect(increase.body.request).toMatchObject({ granted_amount: '12000.00' });
  });

  it('names each missing piece: a decline without a reason, a temporary limit without expiry', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '10000.00', '2026-01-01');
    const declined = await decide(request.id, {
      decision: 'declined',
      decision_date: '2026-01-02',
    });
    expect(declined.status).toBe(400);
    expect(declined.body.errors).toEqual({ reason: 'is required: say why' });
    const temporary = await decide(request.id, {
      decision: 'temporary',
      decision_date: '2026-01-02',
    });
    expect(temporary.body.errors).toEqual({ expiry_date: 'is required for a temporary limit' });
    const reduce = await amend(request.id, {
      decision: 'reduced',
      granted_amount: '5000.00',
      decision_date: '2026-01-02',
    });
    expect(reduce.status).toBe(400);
    expect(reduce.body.errors).toEqual({ status: 'is pending, no limit granted' });
    expect(await count(t, 'limit_decisions', { limit_request_id: request.id })).toBe(0);
  });

  it('refuses to write decisions through the plain resource', async () => {
    const pair = await insuredPair(t);
    const request = await limitRequest(t, pair, '10000.00', '2026-01-01');
    const res = await t.api.post('/api/limit_decisions').send({
      limit_request_id: request.id,
      decision: 'approved',
      granted_amount: '10000.00',
      decision_date: '2026-01-02',
      effective_date: '2026-01-02',
    });
    expect(res.status).toBe(405);
  });
});
