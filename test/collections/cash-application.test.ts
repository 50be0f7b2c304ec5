import { createTestApp, TestApp } from '../helpers/test-app';
import { check, invoice, invoiceFigures, pair, payment } from './collections-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const apply = (paymentId: number, allocations: unknown) =>
  t.api.post(`/api/payments/${paymentId}/apply`).send({ allocations });

describe('cash application', () => {
  it('applies one check to two invoices and leaves the rest unapplied, visible on the buyer', async () => {
    const owners = await pair(t.db);
    const a = await invoice(t.db, owners);
    const b = await invoice(t.db, owners, { amount: '800.00' });
    const pay = await check(t.db, owners, { amount: '1500.00' });
    const res = await apply(pay.id, [
      { invoice_id: a.id, amount: '1000.00' },
      { invoice_id: b.id, amount: 300 },
    ]).expect(201);
    expect(res.body.payment).toMatchObject({
      applied_amount: '1300.00',
      unapplied_amount: '200.00',
    });
    expect(await invoiceFigures(t.db, b.id)).toMatchObject({ open_balance: '500.00' });
    const cash = await t.api
      .get(`/api/unapplied_cash?filter=${JSON.stringify({ buyer_id: owners.buyer_id })}`)
      .expect(200);
    expect(cash.body).toEqual([
      expect.objectContaining({ currency: 'USD', unapplied_amount: '200.00', payment_count: 1 }),
    ]);
  });

  it('refuses a 1,500.00 check applied 1,000.00 + 600.00 and stores nothing', async () => {
    const owners = await pair(t.db);
    const a = await invoice(t.db, owners);
    const b = await invoice(t.db, owners);
    const pay = await check(t.db, owners, { amount: '1500.00' });
    const res = await apply(pay.id, [
      { invoice_id: a.id, amount: '1000.00' },
      { invoice_id: b.id, amount: '600.00' },
    ]).expect(400);
    expect(res.body.message).toBe('Only 500.00 of this payment is unapplied');
    expect(res.body.errors).toEqual({
      'allocations.1.amount': 'Only 500.00 of this payment is unapplied',
    });
    expect(await t.db('allocations').where({ payment_id: pay.id })).toEqual([]);
    expect(await invoiceFigures(t.db, a.id)).toMatchObject({ open_balance: '1000.00' });
  });

  it('lets exactly one of two concurrent 600.00 allocations against a 1,000.00 invoice through', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const first = await payment(t.db, owners, { amount: '600.00' });
    const second = await payment(t.db, owners, { amount: '600.00' });
    const results = await Promise.all([
      apply(first.id, [{ invoice_id: target.id, amount: '600.00' }]),
      apply(second.id, [{ invoice_id: target.id, amount: '600.00' }]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    const refused = results.find((r) => r.status === 400);
    expect(refused?.body.message).toBe(`Invoice ${target.number} has only 400.00 open`);
    expect(await invoiceFigures(t.db, target.id)).toMatchObject({ open_balance: '400.00' });
    expect(await t.db('allocations').where({ invoice_id: target.id })).toHaveLength(1);
  });

  it('makes the second of two overlapping transactions wait for the first, then refuses it', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const first = await payment(t.db, owners, { amount: '600.00' });
    const second = await payment(t.db, owners, { amount: '600.00' });
    const clerk = await t.db.transaction();
    await clerk('allocations').insert({
      payment_id: first.id,
      invoice_id: target.id,
      amount: '600.00',
    });
    const other = t
      .db('allocations')
      .insert({ payment_id: second.id, invoice_id: target.id, amount: '600.00' })
      .then(
        () => 'stored',
        (error: Error) => error.message,
      );
    await clerk.commit();
    expect(await other).toMatch(/has only 400.00 open$/);
  });

  it('lets exactly one through when the two clerks apply the same 1,500.00 check at once', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const pay = await check(t.db, owners, { amount: '1500.00' });
    const results = await Promise.all([
      apply(pay.id, [{ invoice_id: target.id, amount: '600.00' }]),
      apply(pay.id, [{ invoice_id: target.id, amount: '600.00' }]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    expect(await invoiceFigures(t.db, target.id)).toMatchObject({ paid_amount: '600.00' });
  });

  it('refuses allocations across currencies or exporters, and zero or negative amounts', async () => {
    const owners = await pair(t.db);
    const pay = await payment(t.db, owners);
    const cad = await invoice(t.db, owners, { currency: 'CAD' });
    const other = await invoice(t.db, await pair(t.db));
    const usd = await invoice(t.db, owners);
    const currency = await apply(pay.id, [{ invoice_id: cad.id, amount: '10.00' }]).expect(400);
    expect(currency.body.errors).toEqual({
      'allocations.0.invoice_id': 'The payment is in USD but the invoice is in CAD',
    });
    const exporter = await apply(pay.id, [{ invoice_id: other.id, amount: '10.00' }]).expect(400);
    expect(exporter.body.message).toBe('The payment and the invoice belong to different exporters');
    const zero = await apply(pay.id, [{ invoice_id: usd.id, amount: '0.00' }]).expect(400);
    expect(zero.body.errors).toEqual({ 'allocations.0.amount': 'must be greater than zero' });
    const negative = await apply(pay.id, [{ invoice_id: usd.id, amount: -5 }]).expect(400);
    expect(negative.body.errors).toEqual({ 'allocations.0.amount': 'must be greater than zero' });
    const empty = await apply(pay.id, []).expect(400);
    expect(empty.body.errors).toHaveProperty('allocations');
    const twice = await apply(pay.id, [
      { invoice_id: usd.id, amount: '1.00' },
      { invoice_id: usd.id, amount: '1.00' },
    ]).expect(400);
    expect(twice.body.errors).toEqual({ 'allocations.1.invoice_id': 'appears twice' });
    await apply(999999, [{ invoice_id: usd.id, amount: '1.00' }]).expect(404);
    expect(await t.db('allocations').where({ payment_id: pay.id })).toEqual([]);
    const direct = await t.api
      .post('/api/payments')
      .send({
        ...owners,
        method: 'wire',
        amount: '-1.00',
        currency: 'USD',
        received_date: '2026-02-01',
      })
      .expect(400);
    expect(direct.body.errors).toEqual({ amount: 'must be greater than zero' });
  });

  it('records the deduction of a short payment in the same step', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const pay = await check(t.db, owners, { amount: '900.00', received_date: '2026-02-12' });
    const res = await apply(pay.id, [
      {
        invoice_id: target.id,
        amount: '900.00',
        deduction: {
          amount: '100.00',
          reason_code: 'damaged_goods',
          buyer_explanation: 'Two cases broken',
        },
      },
    ]).expect(201);
    expect(res.body.deductions).toEqual([
      expect.objectContaining({
        amount: '100.00',
        reason_code: 'damaged_goods',
        status: 'open',
        opened_date: '2026-02-12',
        payment_id: pay.id,
      }),
    ]);
    expect(await invoiceFigures(t.db, target.id)).toMatchObject({
      open_balance: '100.00',
      disputed_amount: '100.00',
    });
    const tooBig = await invoice(t.db, owners);
    const pay2 = await check(t.db, owners, { amount: '900.00' });
    const refused = await apply(pay2.id, [
      {
        invoice_id: tooBig.id,
        amount: '900.00',
        deduction: { amount: '150.00', reason_code: 'pricing' },
      },
    ]).expect(400);
    expect(refused.body.errors).toEqual({
      'allocations.0.deduction.amount': `Invoice ${tooBig.number} has only 100.00 open beyond other deductions`,
    });
    expect(await t.db('allocations').where({ payment_id: pay2.id })).toEqual([]);
  });

  it('removes an allocation with an audit row, and the balance returns', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const pay = await payment(t.db, owners, { amount: '250.00' });
    const applied = await apply(pay.id, [{ invoice_id: target.id, amount: '250.00' }]).expect(201);
    const allocationId = applied.body.allocations[0].id;
    expect(await invoiceFigures(t.db, target.id)).toMatchObject({ open_balance: '750.00' });
    await t.api.delete(`/api/allocations/${allocationId}`).expect(200);
    expect(await invoiceFigures(t.db, target.id)).toMatchObject({ open_balance: '1000.00' });
    const audit = await t
      .db('audit_log')
      .where({ resource: 'allocations', record_id: String(allocationId) })
      .orderBy('id')
      .pluck('action');
    expect(audit).toEqual(['create', 'delete']);
    const after = await t.api.get(`/api/payments/${pay.id}`).expect(200);
    expect(after.body.unapplied_amount).toBe('250.00');
  });

  it('keeps an applied payment and a paid invoice from shrinking below what is applied', async () => {
    const owners = await pair(t.db);
    const target = await invoice(t.db, owners);
    const pay = await payment(t.db, owners, { amount: '700.00' });
    await apply(pay.id, [{ invoice_id: target.id, amount: '600.00' }]).expect(201);
    const payRes = await t.api
      .put(`/api/payments/${pay.id}`)
      .send({ amount: '599.99' })
      .expect(400);
    expect(payRes.body.errors).toEqual({
      amount: '600.00 of this payment is applied to invoices: it cannot be less',
    });
    const currency = await t.api
      .put(`/api/payments/${pay.id}`)
      .send({ currency: 'CAD' })
      .expect(400);
    expect(currency.body.errors).toHaveProperty('currency');
    const invRes = await t.api
      .put(`/api/invoices/${target.id}`)
      .send({ amount: '500.00' })
      .expect(400);
    expect(invRes.body.errors).toEqual({
      amount: '600.00 of this invoice is paid or credited: it cannot be less',
    });
    await t.api.put(`/api/payments/${pay.id}`).send({ amount: '650.00' }).expect(200);
  });

  it('keeps a card payment with its processor reference, fee and last four digits only', async () => {
    const owners = await pair(t.db);
    const card = await t.api
      .post('/api/payments')
      .send({
        ...owners,
        method: 'card',
        amount: '480.00',
        currency: 'USD',
        received_date: '2026-03-01',
        card_processor_ref: 'ch_3PqL2x',
        card_fee: '13.92',
        card_last4: '4242',
      })
      .expect(201);
    expect(card.body).toMatchObject({ card_fee: '13.92', card_last4: '4242' });
    const five = await t.api
      .post('/api/payments')
      .send({
        ...owners,
        method: 'card',
        amount: '480.00',
        currency: 'USD',
        received_date: '2026-03-01',
        card_last4: '42424',
      })
      .expect(400);
    expect(five.body.errors).toHaveProperty('card_last4');
  });
});
