import { createTestApp, TestApp } from '../helpers/test-app';
import { insert } from '../helpers/fixtures';
import { count, downloadWorkbook, insuredPair, limitRequest, sheetRows } from './insurance-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

describe('sending limit requests to the insurer', () => {
  it('exports the pending requests of two exporters as one workbook and marks them submitted', async () => {
    const first = await insuredPair(
      t,
      {},
      {
        name: 'Hudson Fine Foods Inc.',
        tax_id: '12-3456789',
        address: '10 Main St',
        city: 'Albany',
        region: 'NY',
        postal_code: '12207',
        country: 'US',
      },
    );
    const second = await insuredPair(
      t,
      {},
      { name: 'Maple Grocers Ltd', tax_id: 'CA-998877', country: 'CA' },
    );
    const a = await limitRequest(t, first, '50000.00', '2026-09-01');
    const b = await limitRequest(t, second, '12500.50', '2026-09-02');
    const po = await insert(t.db, 'purchase_orders', {
      exporter_id: first.exporter_id,
      buyer_id: first.buyer_id,
      number: 'PO-77',
      received_date: '2026-08-30',
      amount: '50000.00',
      currency: 'USD',
    });
    const linked = await t.api
      .put(`/api/limit_requests/${a.id}/orders`)
      .send({ purchase_order_ids: [po.id] });
    expect(linked.body.purchase_order_ids).toEqual([po.id]);
    const stray = await t.api
      .put(`/api/limit_requests/${b.id}/orders`)
      .send({ purchase_order_ids: [po.id] });
    expect(stray.status).toBe(400);
    expect(stray.body.errors.purchase_order_ids).toMatch(/not this exporter's orders/);
    const sent = await t.api
      .post('/api/limit_requests/submit')
      .send({ submitted_date: '2026-09-03' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      request_ids: [a.id, b.id],
      submitted_date: '2026-09-03',
      filename: 'limit-requests-2026-09-03.xlsx',
    });
    const stored = await t.db('limit_requests').whereIn('id', [a.id, b.id]).orderBy('id');
    expect(stored.map((r) => r.submitted_date)).toEqual(['2026-09-03', '2026-09-03']);
    const report = await t.api.get(`/api/reports/${sent.body.report_id}`);
    expect(report.body).toMatchObject({
      kind: 'limit_batch',
      exporter_id: null,
      period_start: '2026-09-01',
    });

    const workbook = await downloadWorkbook(t, sent.body.download);
    const rows = sheetRows(workbook, 'Limit requests');
    expect(rows[0]).toEqual([
      'Request',
      'Exporter',
      'Buyer legal name',
      'Tax id',
      'Address',
      'City',
      'Region',
      'Postal code',
      'Country',
      'Amount',
      'Currency',
      'Terms (days)',
      'Policy',
      'Purchase orders',
    ]);
    expect(rows[1][13]).toBe('PO-77');
    expect(rows[1].slice(2, 12)).toEqual([
      'Hudson Fine Foods Inc.',
      '12-3456789',
      '10 Main St',
      'Albany',
      'NY',
      '12207',
      'US',
      50000,
      'USD',
      60,
    ]);
    expect(rows[2].slice(2, 4)).toEqual(['Maple Grocers Ltd', 'CA-998877']);
    expect(rows[2][8]).toBe('CA');
    expect(rows[2][9]).toBe(12500.5);
  });

  it('refuses a batch with a request already sent or decided, and stores nothing', async () => {
    const pair = await insuredPair(t);
    const sent = await limitRequest(t, pair, '1000.00', '2026-09-01');
    await t.api
      .post('/api/limit_requests/submit')
      .send({ request_ids: [sent.id], submitted_date: '2026-09-02' });
    const fresh = await limitRequest(t, pair, '2000.00', '2026-09-03');
    const reports = await count(t, 'reports');
    const again = await t.api
      .post('/api/limit_requests/submit')
      .send({ request_ids: [sent.id, fresh.id] });
    expect(again.status).toBe(400);
    expect(again.body.errors.request_ids).toBe(`${sent.id} is already sent on 2026-09-02`);
    expect(await count(t, 'reports')).toBe(reports);
    expect(
      (await t.db('limit_requests').where({ id: fresh.id }).first()).submitted_date,
    ).toBeNull();
  });

  it('says so when nothing is waiting to be sent', async () => {
    await t.api.post('/api/limit_requests/submit').send({});
    const empty = await t.api.post('/api/limit_requests/submit').send({});
    expect(empty.status).toBe(400);
    expect(empty.body.message).toBe('There are no pending limit requests waiting to be sent');
  });
});
