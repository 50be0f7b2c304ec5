import { createTestApp, TestApp } from '../helpers/test-app';
import { insert, limitFixture } from '../helpers/fixtures';
import { insuredPair, invoice, list } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('deadlines from policy terms', () => {
  it('counts from the original due date of an invoice of 2025-01-01 on net 60, and a 30-day extension moves nothing', async () => {
    const pair = await insuredPair(t);
    await limitFixture(t.db, pair, '50000.00', '2024-12-01');
    const created = await t.api.post('/api/invoices').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      number: 'DL-1',
      invoice_date: '2025-01-01',
      terms_days: 60,
      amount: '1000.00',
      currency: 'USD',
    });
    expect(created.status).toBe(201);
    const expected = {
      due_date: '2025-03-02',
      mep_expiry: '2025-05-01',
      overdue_notice_due: '2025-05-31',
      claim_due: '2025-07-30',
      insured: true,
    };
    expect(created.body).toMatchObject(expected);
    const extension = await t.api.post('/api/invoice_extensions').send({
      invoice_id: created.body.id,
      agreed_date: '2025-03-01',
      extended_due_date: '2025-04-01',
      reason: 'Buyer asked for 30 more days',
    });
    expect(extension.status).toBe(201);
    expect((await t.api.get(`/api/invoices/${created.body.id}`)).body).toMatchObject(expected);
    const rows = await list(t, 'deadlines', { as_of: '2025-06-01', invoice_id: created.body.id }, [
      'due_date',
      'ASC',
    ]);
    expect(rows.body).toEqual([
      expect.objectContaining({
        kind: 'overdue_notice',
        due_date: '2025-05-31',
        status: 'missed',
        days_left: -1,
      }),
      expect.objectContaining({
        kind: 'claim_filing',
        due_date: '2025-07-30',
        status: 'upcoming',
        days_left: 59,
      }),
    ]);
  });

  it('drops the overdue notice once it is sent, and leaves uninsured invoices out', async () => {
    const pair = await insuredPair(t, { max_credit_days: 90 });
    await limitFixture(t.db, pair, '50000.00', '2024-12-01');
    const insured = await invoice(t, pair, {
      number: 'DL-2',
      invoice_date: '2025-01-01',
      terms_days: 60,
      amount: '500.00',
    });
    const tooLong = await invoice(t, pair, {
      number: 'DL-3',
      invoice_date: '2025-01-01',
      terms_days: 120,
      amount: '500.00',
    });
    const notice = await t.api.post('/api/insurer_notices').send({
      kind: 'overdue',
      invoice_id: insured.id,
      notice_date: '2025-05-20',
      reference: 'ACI-778',
    });
    expect(notice.status).toBe(201);
    const rows = await list(t, 'deadlines', { as_of: '2025-06-01', exporter_id: pair.exporter_id });
    expect(rows.body.map((r: { id: string }) => r.id)).toEqual([`claim_filing-${insured.id}`]);
    expect(tooLong.id).toBeGreaterThan(0);
  });

  it('runs insolvency notice and claim deadlines from the day the agent learned of it', async () => {
    const pair = await insuredPair(t, { insolvency_notice_days: 15 });
    await limitFixture(t.db, pair, '50000.00', '2025-01-01');
    const inv = await invoice(t, pair, {
      number: 'IN-1',
      invoice_date: '2025-05-01',
      terms_days: 90,
      amount: '8000.00',
    });
    const opened = await t.api.post('/api/claims/open').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      kind: 'insolvency',
      insolvency_known_date: '2025-06-10',
      as_of: '2025-06-12',
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({ claimed_amount: '8000.00', claim_due: '2025-09-08' });
    const rows = await list(t, 'deadlines', { as_of: '2025-06-12', claim_id: opened.body.id }, [
      'due_date',
      'ASC',
    ]);
    expect(rows.body).toEqual([
      expect.objectContaining({
        kind: 'insolvency_notice',
        due_date: '2025-06-25',
        status: 'upcoming',
      }),
      expect.objectContaining({
        kind: 'insolvency_claim',
        due_date: '2025-09-08',
        status: 'upcoming',
      }),
    ]);
    expect(inv.due_date).toBe('2025-07-30');
  });
});
