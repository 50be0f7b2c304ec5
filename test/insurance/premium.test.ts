import { createTestApp, TestApp } from '../helpers/test-app';
import { exporterFixture, limitFixture } from '../helpers/fixtures';
import { count, insuredPair, invoice, list } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('premium', () => {
  it('charges 0.25 % of insured turnover, split per exporter, and records a prepayment against it', async () => {
    const first = await insuredPair(t, {
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      min_premium: '1000.00',
    });
    const second = { ...first, exporter_id: (await exporterFixture(t.db)).id };
    await limitFixture(t.db, first, '900000.00', '2026-01-01');
    await limitFixture(t.db, second, '900000.00', '2026-01-01');
    await invoice(t, first, {
      number: 'P-1',
      invoice_date: '2026-01-10',
      terms_days: 60,
      amount: '600000.00',
    });
    await invoice(t, first, {
      number: 'P-2',
      invoice_date: '2026-04-01',
      terms_days: 60,
      amount: '99999.00',
    });
    await invoice(t, second, {
      number: 'Q-1',
      invoice_date: '2026-02-10',
      terms_days: 60,
      amount: '400000.00',
    });
    await invoice(t, second, {
      number: 'Q-2',
      invoice_date: '2026-02-10',
      terms_days: 150,
      amount: '50000.00',
    });

    const res = await t.api.post(`/api/policies/${first.policy_id}/premiums`).send({
      period_start: '2026-01-01',
      period_end: '2026-03-31',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        exporter_id: first.exporter_id,
        insured_turnover: '600000.00',
        premium: '1500.00',
        total_turnover: '1000000.00',
        total_premium: '2500.00',
        minimum_premium: '246.58',
      }),
      expect.objectContaining({
        exporter_id: second.exporter_id,
        insured_turnover: '400000.00',
        premium: '1000.00',
      }),
    ]);
    const premiums = await list(t, 'premiums', { policy_id: first.policy_id }, ['amount', 'DESC']);
    expect(premiums.body.map((p: { amount: string }) => p.amount)).toEqual(['1500.00', '1000.00']);

    const paid = await t.api.post('/api/premium_payments').send({
      premium_id: premiums.body[0].id,
      policy_id: first.policy_id,
      exporter_id: first.exporter_id,
      paid_date: '2026-04-05',
      amount: '1500.00',
      currency: 'USD',
    });
    expect(paid.status).toBe(201);
    const stray = await t.api.post('/api/premium_payments').send({
      premium_id: premiums.body[0].id,
      policy_id: first.policy_id,
      exporter_id: second.exporter_id,
      paid_date: '2026-04-05',
      amount: '10.00',
      currency: 'USD',
    });
    expect(stray.status).toBe(400);
    expect(stray.body.errors).toEqual({
      exporter_id: `must be the premium's (${first.exporter_id})`,
    });
    const after = await t.api.get(`/api/premiums/${premiums.body[0].id}`);
    expect(after.body).toMatchObject({ paid_amount: '1500.00', outstanding: '0.00' });
  });

  it('never charges less than the minimum premium pro-rated by the days of the policy year', async () => {
    const pair = await insuredPair(t, {
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      min_premium: '5000.00',
    });
    await limitFixture(t.db, pair, '100000.00', '2026-01-01');
    await invoice(t, pair, {
      number: 'M-1',
      invoice_date: '2026-02-01',
      terms_days: 30,
      amount: '100000.00',
    });
    const calc = await list(t, 'premium_calculations', {
      policy_id: pair.policy_id,
      period_start: '2026-01-01',
      period_end: '2026-03-31',
    });
    expect(calc.body).toEqual([
      expect.objectContaining({
        period_days: 90,
        year_days: 365,
        rate_premium: '250.00',
        minimum_premium: '1232.88',
        premium: '1232.88',
      }),
    ]);
  });

  it('refuses a period outside the policy and stores nothing', async () => {
    const pair = await insuredPair(t, { start_date: '2026-01-01', end_date: '2026-12-31' });
    await limitFixture(t.db, pair, '100000.00', '2026-01-01');
    const before = await count(t, 'premiums');
    const res = await t.api.post(`/api/policies/${pair.policy_id}/premiums`).send({
      period_start: '2025-12-01',
      period_end: '2026-01-31',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ period_start: 'is before the policy starts (2026-01-01)' });
    expect(await count(t, 'premiums')).toBe(before);
  });
});
