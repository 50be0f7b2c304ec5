import { createTestApp, TestApp } from '../helpers/test-app';
import { insert } from '../helpers/fixtures';
import { count, insuredPair, list } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const order = (pair: { exporter_id: number; buyer_id: number }, number: string, received: string) =>
  insert(t.db, 'purchase_orders', {
    exporter_id: pair.exporter_id,
    buyer_id: pair.buyer_id,
    number,
    received_date: received,
    amount: '15000.00',
    currency: 'USD',
  });

describe('the one-week promise', () => {
  it('lists a PO received 2026-09-01 with nothing reported by 2026-09-08 as late on 2026-09-09', async () => {
    const pair = await insuredPair(t);
    const po = await order(pair, 'PO-901', '2026-09-01');
    expect(po.notify_by).toBe('2026-09-08');
    const late = await list(t, 'promise_watch', {
      as_of: '2026-09-09',
      exporter_id: pair.exporter_id,
    });
    expect(late.status).toBe(200);
    expect(late.body).toEqual([
      expect.objectContaining({
        purchase_order_id: po.id,
        number: 'PO-901',
        notify_by: '2026-09-08',
        state: 'late',
        days_late: 1,
      }),
    ]);
    const soon = await list(t, 'promise_watch', {
      as_of: '2026-09-06',
      exporter_id: pair.exporter_id,
    });
    expect(soon.body).toEqual([
      expect.objectContaining({ purchase_order_id: po.id, state: 'due_soon' }),
    ]);
    const early = await list(t, 'promise_watch', {
      as_of: '2026-09-05',
      exporter_id: pair.exporter_id,
    });
    expect(early.body).toEqual([]);
  });

  it('takes a PO off the list once the exporter is told the buyer is approved, declined or pending', async () => {
    const pair = await insuredPair(t);
    const po = await order(pair, 'PO-902', '2026-09-01');
    const otherBuyer = await insuredPair(t);
    const untouched = await order(
      { ...otherBuyer, exporter_id: pair.exporter_id },
      'PO-903',
      '2026-09-01',
    );
    const told = await t.api.post('/api/exporter_notifications/report').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      outcome: 'approved',
      amount: '40000.00',
      currency: 'USD',
      notified_date: '2026-09-07',
    });
    expect(told.status).toBe(201);
    expect(told.body).toMatchObject({
      outcome: 'approved',
      amount: '40000.00',
      purchase_order_ids: [po.id],
    });
    const watch = await list(t, 'promise_watch', {
      as_of: '2026-09-09',
      exporter_id: pair.exporter_id,
    });
    expect(watch.body.map((r: { purchase_order_id: number }) => r.purchase_order_id)).toEqual([
      untouched.id,
    ]);
    const declined = await t.api.post('/api/exporter_notifications/report').send({
      exporter_id: pair.exporter_id,
      buyer_id: otherBuyer.buyer_id,
      outcome: 'declined',
      reason: 'No trading history',
      notified_date: '2026-09-10',
      purchase_order_ids: [untouched.id],
    });
    expect(declined.body).toMatchObject({ outcome: 'declined', reason: 'No trading history' });
    const history = await list(t, 'exporter_notifications', { exporter_id: pair.exporter_id });
    expect(history.body).toHaveLength(2);
  });

  it("refuses a report that leaves out the amount or the reason, or names another exporter's PO", async () => {
    const pair = await insuredPair(t);
    const stranger = await insuredPair(t);
    const strangersPo = await order(stranger, 'PO-999', '2026-09-01');
    const before = await count(t, 'exporter_notifications');
    const noAmount = await t.api.post('/api/exporter_notifications/report').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      outcome: 'approved',
      notified_date: '2026-09-02',
    });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.errors).toMatchObject({
      amount: 'is required: say how much was approved',
    });
    const noReason = await t.api.post('/api/exporter_notifications/report').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      outcome: 'declined',
      notified_date: '2026-09-02',
    });
    expect(noReason.body.errors).toEqual({ reason: 'is required: say why the buyer was declined' });
    const wrongPo = await t.api.post('/api/exporter_notifications/report').send({
      exporter_id: pair.exporter_id,
      buyer_id: pair.buyer_id,
      outcome: 'pending',
      notified_date: '2026-09-02',
      purchase_order_ids: [strangersPo.id],
    });
    expect(wrongPo.status).toBe(400);
    expect(wrongPo.body.errors.purchase_order_ids).toMatch(/not this exporter's orders/);
    expect(await count(t, 'exporter_notifications')).toBe(before);
  });
});
