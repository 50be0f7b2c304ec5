import { createTestDatabase, TestDatabase } from '../helpers/test-db';
import {
  buyerFixture,
  exporterFixture,
  insert,
  limitFixture,
  policyFixture,
} from '../helpers/fixtures';

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

const figures = (id: number, asOf: string) =>
  test.db
    .select('f.*')
    .from(test.db.raw('invoices i CROSS JOIN LATERAL invoice_figures(i, ?::date) f', [asOf]))
    .where('i.id', id)
    .first();

describe('invoice figures', () => {
  it('counts the worked example of DOMAIN.md from the original due date', async () => {
    const exporter = await exporterFixture(test.db);
    const buyer = await buyerFixture(test.db);
    const policy = await policyFixture(test.db);
    const pair = { exporter_id: exporter.id, buyer_id: buyer.id, policy_id: policy.id };
    await limitFixture(test.db, pair, '50000.00', '2024-12-01');
    const invoice = await insert(test.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'WE-1',
      invoice_date: '2025-01-01',
      terms_days: 60,
      amount: '1000.00',
      currency: 'USD',
    });
    expect(invoice.due_date).toBe('2025-03-02');
    const row = await figures(invoice.id, '2025-04-01');
    expect(row).toMatchObject({
      insured: true,
      mep_expiry: '2025-05-01',
      overdue_notice_due: '2025-05-31',
      claim_due: '2025-07-30',
      open_balance: '1000.00',
      days_past_due: 30,
      aging_bucket: 'd1_30',
    });
  });

  it('nets payments, credits and valid deductions, and counts only what happened by the date', async () => {
    const exporter = await exporterFixture(test.db);
    const buyer = await buyerFixture(test.db);
    const invoice = await insert(test.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'N-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '1000.00',
      currency: 'USD',
    });
    const payment = await insert(test.db, 'payments', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      method: 'wire',
      amount: '400.00',
      currency: 'USD',
      received_date: '2026-02-10',
    });
    await insert(test.db, 'allocations', {
      payment_id: payment.id,
      invoice_id: invoice.id,
      amount: '400.00',
    });
    await insert(test.db, 'deductions', {
      invoice_id: invoice.id,
      amount: '100.00',
      reason_code: 'pricing',
      status: 'valid',
      opened_date: '2026-02-10',
      resolved_date: '2026-02-20',
    });
    expect(await figures(invoice.id, '2026-01-31')).toMatchObject({
      open_balance: '1000.00',
      days_past_due: 0,
      aging_bucket: 'not_due',
    });
    expect(await figures(invoice.id, '2026-02-15')).toMatchObject({
      open_balance: '600.00',
      disputed_amount: '100.00',
      aging_bucket: 'd1_30',
    });
    expect(await figures(invoice.id, '2026-03-02')).toMatchObject({
      open_balance: '500.00',
      disputed_amount: '0.00',
      days_past_due: 30,
    });
  });

  it('leaves an invoice uninsured when its terms exceed the policy maximum', async () => {
    const exporter = await exporterFixture(test.db);
    const buyer = await buyerFixture(test.db);
    const policy = await policyFixture(test.db, { max_credit_days: 90 });
    await limitFixture(
      test.db,
      { exporter_id: exporter.id, buyer_id: buyer.id, policy_id: policy.id },
      '10000.00',
      '2025-01-01',
    );
    const invoice = await insert(test.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'L-1',
      invoice_date: '2025-02-01',
      terms_days: 120,
      amount: '500.00',
      currency: 'USD',
    });
    expect(await figures(invoice.id, '2025-03-01')).toMatchObject({
      insured: false,
      claim_due: null,
    });
  });
});
