import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';

let t: TestApp;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  const exporter = await exporterFixture(t.db);
  const other = await exporterFixture(t.db);
  const buyer = await buyerFixture(t.db);
  const invoice = (exporter_id: number, number: string, due: string, amount: string) =>
    insert(t.db, 'invoices', {
      exporter_id,
      buyer_id: buyer.id,
      number,
      invoice_date: daysAgo(40),
      due_date: due,
      amount,
      currency: 'USD',
    });
  const overdue = await invoice(exporter.id, 'D-1', daysAgo(10), '1000.00');
  await invoice(exporter.id, 'D-2', today, '500.00');
  await invoice(other.id, 'D-3', today, '250.00');
  const payment = await insert(t.db, 'payments', {
    exporter_id: exporter.id,
    buyer_id: buyer.id,
    method: 'wire',
    amount: '700.00',
    currency: 'USD',
    received_date: today,
  });
  await insert(t.db, 'allocations', {
    payment_id: payment.id,
    invoice_id: overdue.id,
    amount: '600.00',
  });
  await insert(t.db, 'invoices', {
    exporter_id: exporter.id,
    buyer_id: buyer.id,
    number: 'E-1',
    invoice_date: daysAgo(5),
    due_date: today,
    amount: '80.00',
    currency: 'EUR',
  });
});
afterAll(() => t.drop());

describe('the dashboard figures', () => {
  it('adds up open receivables, overdue amount, unapplied cash and DSO per currency', async () => {
    const res = await t.api.get('/api/dashboard').query({ filter: '{"all_exporters":true}' });
    expect(res.status).toBe(200);
    const usd = res.body.find((row: { currency: string }) => row.currency === 'USD');
    expect(usd).toMatchObject({
      open_receivables: '1150.00',
      overdue_amount: '400.00',
      unapplied_cash: '100.00',
      sales_90_days: '1750.00',
      d1_30: '400.00',
      not_due: '750.00',
    });
    // 1150 open / 1750 invoiced in 90 days x 90 days
    expect(String(usd.dso)).toBe('59.1');
    expect(res.body.map((row: { currency: string }) => row.currency)).toEqual(['EUR', 'USD']);
  });

  it('gives each exporter its own row per currency', async () => {
    const res = await t.api.get('/api/dashboard').query({ filter: '{"all_exporters":false}' });
    const usd = res.body.filter((row: { currency: string }) => row.currency === 'USD');
    expect(usd.map((row: { open_receivables: string }) => row.open_receivables).sort()).toEqual([
      '250.00',
      '900.00',
    ]);
  });
});
