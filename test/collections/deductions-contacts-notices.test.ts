import { createTestApp, TestApp } from '../helpers/test-app';
import { check, invoice, invoiceFigures, pair, payment } from './collections-world';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const list = async (resource: string, filter: Record<string, unknown>) =>
  (await t.api.get(`/api/${resource}?filter=${JSON.stringify(filter)}`).expect(200)).body;

describe('deductions', () => {
  async function deduction(amount = '100.00') {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    const res = await t.api
      .post('/api/deductions')
      .send({
        invoice_id: inv.id,
        amount,
        reason_code: 'co_op_advertising',
        opened_date: '2026-02-10',
        buyer_explanation: 'Co-op ad in the spring catalogue',
      })
      .expect(201);
    return { inv, id: res.body.id as number };
  }
  const move = (id: number, body: Record<string, unknown>) =>
    t.api.put(`/api/deductions/${id}`).send(body);

  it('goes open → disputed → valid, and a valid one reduces the invoice', async () => {
    const { inv, id } = await deduction();
    expect(await invoiceFigures(t.db, inv.id)).toMatchObject({
      open_balance: '1000.00',
      disputed_amount: '100.00',
    });
    await move(id, { status: 'disputed', follow_up_notes: 'Asked for proof of the ad' }).expect(
      200,
    );
    const valid = await move(id, { status: 'valid', resolved_date: '2026-03-01' }).expect(200);
    expect(valid.body).toMatchObject({ status: 'valid', resolved_date: '2026-03-01' });
    expect(await invoiceFigures(t.db, inv.id)).toMatchObject({
      open_balance: '900.00',
      disputed_amount: '0.00',
    });
  });

  it('refuses a move out of a settled status or back to open', async () => {
    const { id } = await deduction();
    await move(id, { status: 'disputed' }).expect(200);
    const back = await move(id, { status: 'open' }).expect(400);
    expect(back.body.errors).toEqual({ status: 'A deduction cannot go from disputed to open' });
    await move(id, { status: 'recovered', resolved_date: '2026-03-05' }).expect(200);
    const reopen = await move(id, { status: 'valid' }).expect(400);
    expect(reopen.body.errors).toEqual({ status: 'A deduction cannot go from recovered to valid' });
    const other = await deduction();
    const written = await move(other.id, {
      status: 'written_off',
      resolved_date: '2026-03-05',
    }).expect(200);
    expect(written.body.status).toBe('written_off');
    expect(await invoiceFigures(t.db, other.inv.id)).toMatchObject({ open_balance: '900.00' });
  });

  it('refuses a deduction larger than the open balance, or a zero or negative one', async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    const big = await t.api
      .post('/api/deductions')
      .send({ invoice_id: inv.id, amount: '1000.01', reason_code: 'returns' })
      .expect(400);
    expect(big.body.errors).toEqual({
      amount: `Invoice ${inv.number} has only 1000.00 open beyond other deductions`,
    });
    for (const amount of ['0.00', '-5.00']) {
      const bad = await t.api
        .post('/api/deductions')
        .send({ invoice_id: inv.id, amount, reason_code: 'returns' })
        .expect(400);
      expect(bad.body.errors).toEqual({ amount: 'must be greater than zero' });
    }
    const code = await t.api
      .post('/api/deductions')
      .send({ invoice_id: inv.id, amount: '5.00', reason_code: 'weather' })
      .expect(400);
    expect(code.body.errors.reason_code).toMatch(/^must be one of: pricing, shortage/);
  });
});

describe('the contact log', () => {
  it('records a call on the buyer and the invoices it concerns', async () => {
    const owners = await pair(t.db);
    const a = await invoice(t.db, owners);
    const b = await invoice(t.db, owners);
    const res = await t.api
      .post('/api/contacts/record')
      .send({
        ...owners,
        contact_date: '2026-02-12',
        channel: 'phone',
        staff_name: 'Anna',
        buyer_contact: 'J. Miller, AP',
        summary: 'Will pay both next Friday',
        promised_amount: 2000,
        currency: 'USD',
        promise_to_pay_date: '2026-02-20',
        invoice_ids: [a.id, b.id],
      })
      .expect(201);
    expect(res.body).toMatchObject({ promised_amount: '2000.00', invoice_ids: [a.id, b.id] });
    expect((await list('contacts', { invoice_id: b.id })).map((c: { id: number }) => c.id)).toEqual(
      [res.body.id],
    );
    expect(await list('contacts', { buyer_id: owners.buyer_id })).toHaveLength(1);
  });

  it("refuses another buyer's invoice, a promise without currency, or a missing summary", async () => {
    const owners = await pair(t.db);
    const stranger = await invoice(t.db, await pair(t.db));
    const base = {
      buyer_id: owners.buyer_id,
      contact_date: '2026-02-12',
      channel: 'email',
      summary: 'Sent copies',
    };
    const res = await t.api
      .post('/api/contacts/record')
      .send({ ...base, invoice_ids: [stranger.id] })
      .expect(400);
    expect(res.body.errors).toEqual({
      invoice_ids: `${stranger.id} are not invoices of this buyer and exporter`,
    });
    const promise = await t.api
      .post('/api/contacts/record')
      .send({ ...base, promised_amount: '10.00' })
      .expect(400);
    expect(promise.body.errors).toEqual({ currency: 'is required' });
    const empty = await t.api
      .post('/api/contacts/record')
      .send({ ...base, summary: undefined })
      .expect(400);
    expect(empty.body.errors).toEqual({ summary: 'is required' });
    expect(await t.db('contacts').where({ buyer_id: owners.buyer_id })).toEqual([]);
  });
});

describe("the exporter's daily notice", () => {
  it("tells each exporter the day's payments received and deposits made", async () => {
    const owners = await pair(t.db);
    const inv = await invoice(t.db, owners);
    const wire = await payment(t.db, owners, {
      amount: '250.00',
      received_date: '2026-06-01',
      reference: 'FT-88',
    });
    await t.api
      .post(`/api/payments/${wire.id}/apply`)
      .send({ allocations: [{ invoice_id: inv.id, amount: '250.00' }] });
    const cheque = await check(t.db, owners, {
      amount: '700.00',
      received_date: '2026-06-01',
      check_date: '2026-06-01',
    });
    await t.api
      .post('/api/deposits/build')
      .send({
        exporter_id: owners.exporter_id,
        bank_account: 'BofA 77',
        deposit_date: '2026-06-02',
        payment_ids: [cheque.id],
      })
      .expect(201);

    const [received] = await list('exporter_notices', {
      date: '2026-06-01',
      exporter_id: owners.exporter_id,
    });
    expect(received).toMatchObject({
      notice_date: '2026-06-01',
      currency: 'USD',
      payment_count: 2,
      payments_total: '950.00',
      deposit_count: 0,
      deposits_total: '0.00',
      deposits: [],
    });
    expect(received.payments).toEqual([
      expect.objectContaining({
        method: 'wire',
        amount: '250.00',
        applied_amount: '250.00',
        reference: 'FT-88',
      }),
      expect.objectContaining({
        method: 'check',
        amount: '700.00',
        reference: cheque.check_number,
      }),
    ]);
    const [deposited] = await list('exporter_notices', {
      date: '2026-06-02',
      exporter_id: owners.exporter_id,
    });
    expect(deposited).toMatchObject({
      payment_count: 0,
      deposit_count: 1,
      deposits_total: '700.00',
    });
    expect(deposited.deposits).toEqual([
      expect.objectContaining({ bank_account: 'BofA 77', total: '700.00', check_count: 1 }),
    ]);
    expect(
      await list('exporter_notices', { date: '2026-06-03', exporter_id: owners.exporter_id }),
    ).toEqual([]);
  });
});
