import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';

let t: TestApp;
let ids: { exporter_id: number; buyer_id: number };
let otherBuyer: number;
beforeAll(async () => {
  t = await createTestApp();
  const exporter = await exporterFixture(t.db);
  ids = { exporter_id: exporter.id, buyer_id: (await buyerFixture(t.db)).id };
  otherBuyer = (await buyerFixture(t.db)).id;
});
afterAll(() => t.drop());

const invoice = (number: string, buyerId = ids.buyer_id) =>
  insert(t.db, 'invoices', {
    ...ids,
    buyer_id: buyerId,
    number,
    invoice_date: '2025-01-01',
    terms_days: 60,
    amount: '1000.00',
    currency: 'USD',
  });

describe('the original due date', () => {
  it('cannot be moved by an edit, which says to record an extension instead', async () => {
    const created = await invoice('DD-1');
    const moved = await t.api
      .put(`/api/invoices/${created.id}`)
      .send({ ...created, due_date: '2025-04-01' });
    expect(moved.status).toBe(400);
    expect(moved.body.errors.due_date).toMatch(/cannot change .*record an extension instead/);
    const stored = await t.db('invoice_list').where({ id: created.id }).first();
    expect(stored).toMatchObject({ due_date: '2025-03-02', version: 1 });
  });

  it('lets the rest of the invoice be edited when the whole record is sent back', async () => {
    const created = await invoice('DD-2');
    const edited = await t.api
      .put(`/api/invoices/${created.id}`)
      .send({ ...created, notes: 'Called AP' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ due_date: '2025-03-02', notes: 'Called AP', version: 2 });
  });
});

describe('a payment', () => {
  it("is never applied to another buyer's invoice", async () => {
    const theirs = await invoice('DD-3', otherBuyer);
    const payment = await insert(t.db, 'payments', {
      ...ids,
      method: 'wire',
      amount: '500.00',
      currency: 'USD',
      received_date: '2025-02-01',
    });
    const res = await t.api.post('/api/allocations').send({
      payment_id: payment.id,
      invoice_id: theirs.id,
      amount: '100.00',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.invoice_id).toBe(
      'Invoice DD-3 is owed by another buyer than the one who paid',
    );
    expect(await t.db('allocations').where({ payment_id: payment.id })).toEqual([]);
  });

  it('keeps its buyer once it is applied', async () => {
    const mine = await invoice('DD-4');
    const payment = await insert(t.db, 'payments', {
      ...ids,
      method: 'wire',
      amount: '300.00',
      currency: 'USD',
      received_date: '2025-02-01',
    });
    await insert(t.db, 'allocations', {
      payment_id: payment.id,
      invoice_id: mine.id,
      amount: '300.00',
    });
    const res = await t.api.put(`/api/payments/${payment.id}`).send({ buyer_id: otherBuyer });
    expect(res.status).toBe(400);
    expect(res.body.errors.buyer_id).toMatch(/remove its allocations before changing its buyer/);
  });
});
