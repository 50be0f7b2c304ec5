import { createTestApp, TestApp } from '../helpers/test-app';
import { limitFixture } from '../helpers/fixtures';
import { insuredPair, invoice, list } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('exposure on a buyer', () => {
  it("sets open insured invoices, not yet due included, against each exporter's limit and sums them per buyer", async () => {
    const first = await insuredPair(t);
    const second = { ...(await insuredPair(t)), buyer_id: first.buyer_id };
    await limitFixture(t.db, first, '40000.00', '2026-01-01');
    await limitFixture(t.db, second, '20000.00', '2026-01-01');
    await invoice(t, first, {
      number: 'E-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '30000.00',
    });
    await invoice(t, first, {
      number: 'E-2',
      invoice_date: '2026-03-01',
      due_date: '2026-04-30',
      amount: '15000.00',
    });
    await invoice(t, second, {
      number: 'F-1',
      invoice_date: '2026-03-01',
      due_date: '2026-04-30',
      amount: '5000.00',
    });

    const pairs = await list(t, 'exposures', { as_of: '2026-03-15', buyer_id: first.buyer_id }, [
      'limit_amount',
      'DESC',
    ]);
    expect(pairs.status).toBe(200);
    expect(pairs.body[0]).toMatchObject({
      exporter_id: first.exporter_id,
      currency: 'USD',
      limit_amount: '40000.00',
      open_insured: '45000.00',
      not_due_insured: '15000.00',
      available: '0.00',
      over_limit: '5000.00',
      stop_shipping: false,
    });
    expect(pairs.body[1]).toMatchObject({
      exporter_id: second.exporter_id,
      limit_amount: '20000.00',
      open_insured: '5000.00',
      available: '15000.00',
      over_limit: '0.00',
    });
    const buyer = await list(t, 'buyer_exposures', {
      as_of: '2026-03-15',
      buyer_id: first.buyer_id,
    });
    expect(buyer.body).toEqual([
      expect.objectContaining({
        exporter_count: 2,
        limit_amount: '60000.00',
        open_insured: '50000.00',
        available: '15000.00',
        over_limit: '5000.00',
        stop_shipping: false,
      }),
    ]);
  });

  it('warns to stop shipping once the oldest unpaid invoice is past the MEP', async () => {
    const pair = await insuredPair(t);
    await limitFixture(t.db, pair, '10000.00', '2026-01-01');
    await invoice(t, pair, {
      number: 'S-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '1000.00',
    });
    const onMep = await list(t, 'exposures', {
      as_of: '2026-04-01',
      exporter_id: pair.exporter_id,
    });
    expect(onMep.body[0]).toMatchObject({
      oldest_unpaid_mep_expiry: '2026-04-01',
      past_mep: false,
      stop_shipping: false,
    });
    const after = await list(t, 'exposures', {
      as_of: '2026-04-02',
      exporter_id: pair.exporter_id,
    });
    expect(after.body[0]).toMatchObject({ past_mep: true, stop_shipping: true });
    const buyer = await list(t, 'buyer_exposures', {
      as_of: '2026-04-02',
      buyer_id: pair.buyer_id,
    });
    expect(buyer.body[0]).toMatchObject({ stop_shipping: true });
  });

  it('warns to stop shipping from the day the insurer withdraws the limit', async () => {
    const pair = await insuredPair(t);
    const request = await limitFixture(t.db, pair, '10000.00', '2026-01-01');
    const cancel = await t.api.post(`/api/limit_requests/${request.id}/amend`).send({
      decision: 'cancelled',
      decision_date: '2026-05-01',
      reason: 'Buyer downgraded',
    });
    expect(cancel.status).toBe(200);
    const noticed = await list(t, 'exposures', {
      as_of: '2026-05-02',
      exporter_id: pair.exporter_id,
    });
    expect(noticed.body[0]).toMatchObject({
      limit_amount: '10000.00',
      limit_withdrawn: true,
      stop_shipping: true,
    });
    const effective = await list(t, 'exposures', {
      as_of: '2026-06-01',
      exporter_id: pair.exporter_id,
    });
    expect(effective.body[0]).toMatchObject({ limit_amount: '0.00', limit_decision: 'cancelled' });
  });
});

describe('the insurance reports in the API description', () => {
  it('lists every insurance report', async () => {
    const res = await t.api.get('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = Object.keys(res.body.paths);
    for (const name of [
      'exposures',
      'buyer_exposures',
      'promise_watch',
      'deadlines',
      'premium_calculations',
    ]) {
      expect(paths).toContain(`/api/${name}`);
    }
  });
});
