import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';

// Each invoice keeps its paid, credited and contested totals (db/migrations/*settlement*).
// These tests move money every way the back office can and check the kept totals against
// a recount from the settlement tables, and the figures against the history.

let test: TestApp;
let exporterId: number;
let buyerId: number;
beforeAll(async () => {
  test = await createTestApp();
  exporterId = (await exporterFixture(test.db)).id;
  buyerId = (await buyerFixture(test.db)).id;
});
afterAll(() => test.drop());

let numbered = 0;
const invoice = (amount = '1000.00') =>
  insert(test.db, 'invoices', {
    exporter_id: exporterId,
    buyer_id: buyerId,
    number: `ST-${++numbered}`,
    invoice_date: '2026-01-01',
    due_date: '2026-01-31',
    amount,
    currency: 'USD',
  });

const payment = (amount: string, received: string) =>
  insert(test.db, 'payments', {
    exporter_id: exporterId,
    buyer_id: buyerId,
    method: 'wire',
    amount,
    currency: 'USD',
    received_date: received,
  });

const kept = (id: number) =>
  test
    .db('invoices')
    .where({ id })
    .first(
      'paid_total',
      'credited_total',
      'contested_total',
      'open_total',
      'settled_through',
      'version',
    );

const balance = async (id: number, asOf: string | null) =>
  (
    await test.db.raw(
      'SELECT f.* FROM invoices i CROSS JOIN LATERAL invoice_figures(i, ?::date) f WHERE i.id = ?',
      [asOf, id],
    )
  ).rows[0];

const recount = async () =>
  (await test.db.raw('SELECT recount_settlements() AS n')).rows[0].n as number;

describe('settlement totals kept on each invoice', () => {
  it('follow payments applied, moved and taken back, credits and deductions, without drift', async () => {
    const inv = await invoice();
    const other = await invoice();
    const first = await payment('300.00', '2026-02-10');
    const second = await payment('500.00', '2026-03-01');
    const allocation = await insert(test.db, 'allocations', {
      payment_id: first.id,
      invoice_id: inv.id,
      amount: '300.00',
    });
    await insert(test.db, 'allocations', {
      payment_id: second.id,
      invoice_id: inv.id,
      amount: '200.00',
    });
    await test.db('allocations').where({ id: allocation.id }).update({ amount: '250.00' });
    await test.db('allocations').where({ id: allocation.id }).update({ invoice_id: other.id });
    const credit = await insert(test.db, 'credit_notes', {
      invoice_id: inv.id,
      credit_date: '2026-03-05',
      amount: '100.00',
    });
    await test.db('credit_notes').where({ id: credit.id }).update({ amount: '50.00' });
    const disputed = await insert(test.db, 'deductions', {
      invoice_id: inv.id,
      amount: '80.00',
      reason_code: 'shortage',
      opened_date: '2026-03-06',
    });
    const allowed = await insert(test.db, 'deductions', {
      invoice_id: inv.id,
      amount: '40.00',
      reason_code: 'pricing',
      opened_date: '2026-03-06',
    });
    await test.db('deductions').where({ id: allowed.id }).update({
      status: 'valid',
      resolved_date: '2026-03-20',
    });
    await test.db('deductions').where({ id: disputed.id }).update({ status: 'disputed' });

    expect(await kept(inv.id)).toMatchObject({
      paid_total: '200.00',
      credited_total: '90.00', // the 50.00 credit note and the 40.00 valid deduction
      contested_total: '80.00',
      open_total: '710.00',
      settled_through: '2026-03-20',
      version: 1, // moving money is not an edit of the invoice: a clerk's form stays current
    });
    expect(await kept(other.id)).toMatchObject({ paid_total: '250.00', open_total: '750.00' });
    expect(await recount()).toBe(0);

    await test.db('credit_notes').where({ id: credit.id }).delete();
    await test.db('allocations').where({ invoice_id: other.id }).delete();
    await test.db('deductions').where({ id: disputed.id }).update({
      status: 'recovered',
      resolved_date: '2026-03-25',
    });
    expect(await kept(inv.id)).toMatchObject({
      paid_total: '200.00',
      credited_total: '40.00',
      contested_total: '0.00',
      open_total: '760.00',
      settled_through: '2026-03-25',
    });
    expect(await kept(other.id)).toMatchObject({ paid_total: '0.00', open_total: '1000.00' });
    expect(await recount()).toBe(0);
  });

  it('replay the history for dates before the last settlement, also after a payment is redated', async () => {
    const inv = await invoice('600.00');
    const paid = await payment('600.00', '2026-02-15');
    await insert(test.db, 'allocations', {
      payment_id: paid.id,
      invoice_id: inv.id,
      amount: '600.00',
    });
    expect(await balance(inv.id, '2026-02-14')).toMatchObject({
      open_balance: '600.00',
      days_past_due: 14,
    });
    expect(await balance(inv.id, '2026-02-15')).toMatchObject({
      open_balance: '0.00',
      aging_bucket: null,
    });

    await test.db('payments').where({ id: paid.id }).update({ received_date: '2026-04-01' });
    expect((await kept(inv.id)).settled_through).toBe('2026-04-01');
    expect(await balance(inv.id, '2026-03-31')).toMatchObject({
      open_balance: '600.00',
      days_past_due: 59,
      aging_bucket: 'd31_60',
    });
    expect(await balance(inv.id, '2026-04-01')).toMatchObject({ open_balance: '0.00' });
    expect(await recount()).toBe(0);
  });

  it('check each row of a many-row statement against the totals the rows before it left', async () => {
    const inv = await invoice('500.00');
    const a = await payment('400.00', '2026-02-01');
    const b = await payment('400.00', '2026-02-02');
    await expect(
      test.db('allocations').insert([
        { payment_id: a.id, invoice_id: inv.id, amount: '400.00' },
        { payment_id: b.id, invoice_id: inv.id, amount: '400.00' },
      ]),
    ).rejects.toThrow(/has only 100.00 open/);
    expect(await kept(inv.id)).toMatchObject({ paid_total: '0.00', open_total: '500.00' });
  });

  it('refuse settlement events dated after today, naming the column', async () => {
    const inv = await invoice();
    const tomorrow = (await test.db.raw(`SELECT (current_date + 1)::text AS d`)).rows[0].d;
    await expect(payment('10.00', tomorrow)).rejects.toMatchObject({
      code: '23514',
      column: 'received_date',
    });
    await expect(
      insert(test.db, 'credit_notes', {
        invoice_id: inv.id,
        credit_date: tomorrow,
        amount: '1.00',
      }),
    ).rejects.toMatchObject({ column: 'credit_date' });
    await expect(
      insert(test.db, 'deductions', {
        invoice_id: inv.id,
        amount: '1.00',
        reason_code: 'other',
        opened_date: tomorrow,
      }),
    ).rejects.toMatchObject({ column: 'opened_date' });
    expect(await kept(inv.id)).toMatchObject({ open_total: '1000.00', settled_through: null });

    const res = await test.api.post('/api/payments').send({
      exporter_id: exporterId,
      buyer_id: buyerId,
      method: 'wire',
      amount: '10.00',
      currency: 'USD',
      received_date: tomorrow,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ received_date: expect.stringMatching(/after today/) });
  });

  it('find the same open invoices on any date as the figures do, one by one', async () => {
    const dates = ['2025-12-31', '2026-02-01', '2026-02-15', '2026-03-10', '2026-03-31', null];
    for (const asOf of dates) {
      const { rows: fast } = await test.db.raw(
        'SELECT id FROM open_invoices(?::date) ORDER BY id',
        [asOf],
      );
      // Counted straight from the settlement tables, as the figures are defined.
      const { rows: slow } = await test.db.raw(
        `SELECT i.id FROM invoices i
          WHERE i.amount
                - (SELECT coalesce(sum(a.amount), 0) FROM allocations a
                     JOIN payments p ON p.id = a.payment_id
                    WHERE a.invoice_id = i.id AND p.received_date <= coalesce(:d, p.received_date))
                - (SELECT coalesce(sum(c.amount), 0) FROM credit_notes c
                    WHERE c.invoice_id = i.id AND c.credit_date <= coalesce(:d, c.credit_date))
                - (SELECT coalesce(sum(d.amount), 0) FROM deductions d
                    WHERE d.invoice_id = i.id AND d.status IN ('valid', 'written_off')
                      AND d.resolved_date <= coalesce(:d, d.resolved_date)) > 0
          ORDER BY i.id`,
        { d: asOf },
      );
      expect(slow.length).toBeGreaterThan(0);
      expect({ asOf, ids: fast.map((r: { id: number }) => r.id) }).toEqual({
        asOf,
        ids: slow.map((r: { id: number }) => r.id),
      });
    }
  });
});
