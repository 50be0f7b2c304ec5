import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const list = (resource: string, query: Record<string, unknown>) =>
  t.api
    .get(`/api/${resource}`)
    .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])));

describe('the simple-rest protocol', () => {
  it('pages a list and reports the total in Content-Range', async () => {
    const exporter = await exporterFixture(t.db);
    for (let n = 1; n <= 30; n++)
      await buyerFixture(t.db, { name: `Paging Buyer ${String(n).padStart(2, '0')}` });
    const res = await list('buyers', {
      sort: ['name', 'ASC'],
      range: [0, 24],
      filter: { q: 'paging' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('buyers 0-24/30');
    expect(res.body).toHaveLength(25);
    expect(res.body[0].name).toBe('Paging Buyer 01');
    const empty = await list('buyers', { filter: { q: 'nobody by that name' } });
    expect(empty.headers['content-range']).toBe('buyers */0');
    expect(exporter.id).toBeGreaterThan(0);
  });

  it('answers the invoice with its open balance and rejects a wrong date with the field named', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    const created = await t.api.post('/api/invoices').send({
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: '000123',
      invoice_date: '2026-01-01',
      terms_days: 30,
      amount: 1234.5,
      currency: 'USD',
      open_balance: '1.00',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      number: '000123',
      due_date: '2026-01-31',
      amount: '1234.50',
      open_balance: '1234.50',
    });
    const bad = await t.api.post('/api/invoices').send({
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'X',
      invoice_date: '2026-02-30',
      amount: '-5',
      currency: 'usd',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toMatchObject({
      invoice_date: 'must be a date (YYYY-MM-DD)',
      amount: 'must be greater than zero',
      currency: 'has the wrong format',
    });
  });

  it('lets one of two edits from the same version win and tells the other to reload', async () => {
    const buyer = await buyerFixture(t.db);
    const first = await t.api.put(`/api/buyers/${buyer.id}`).send({ ...buyer, city: 'Toronto' });
    const second = await t.api.put(`/api/buyers/${buyer.id}`).send({ ...buyer, city: 'Montreal' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.message).toMatch(/changed by someone else/);
    const stored = await t.db('buyers').where({ id: buyer.id }).first();
    expect(stored.city).toBe('Toronto');
  });

  it('refuses to over-apply a payment and stores nothing', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    const invoice = await insert(t.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'OA-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '500.00',
      currency: 'USD',
    });
    const payment = await insert(t.db, 'payments', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      method: 'wire',
      amount: '800.00',
      currency: 'USD',
      received_date: '2026-02-01',
    });
    const res = await t.api
      .post('/api/allocations')
      .send({ payment_id: payment.id, invoice_id: invoice.id, amount: '600.00' });
    expect(res.status).toBe(400);
    expect(res.body.errors.amount).toMatch(/has only 500.00 open/);
    expect(await t.db('allocations').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('serves aging as of a date', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    await insert(t.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'AG-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '700.00',
      currency: 'CAD',
    });
    const res = await list('aging', { filter: { as_of: '2026-03-15', exporter_id: exporter.id } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      expect.objectContaining({ currency: 'CAD', d31_60: '700.00', total: '700.00' }),
    ]);
  });
});
