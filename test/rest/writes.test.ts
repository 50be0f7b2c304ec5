import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert, policyFixture } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

async function invoiceWorld() {
  const exporter = await exporterFixture(t.db);
  const buyer = await buyerFixture(t.db);
  const invoice = await insert(t.db, 'invoices', {
    exporter_id: exporter.id,
    buyer_id: buyer.id,
    number: `W-${buyer.id}`,
    invoice_date: '2026-01-01',
    due_date: '2026-01-31',
    amount: '500.00',
    currency: 'USD',
  });
  return { exporter, buyer, invoice };
}

describe('writes', () => {
  it('ignores read-only, computed and unknown keys that react-admin sends back', async () => {
    const { invoice } = await invoiceWorld();
    const shown = (await t.api.get(`/api/invoices/${invoice.id}`)).body;
    const res = await t.api.put(`/api/invoices/${invoice.id}`).send({
      ...shown,
      notes: 'Called the buyer',
      open_balance: '1.00',
      days_past_due: 999,
      id: 424242,
      created_at: '2000-01-01T00:00:00Z',
      no_such_field: 'x',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: invoice.id,
      notes: 'Called the buyer',
      open_balance: '500.00',
    });
    expect(res.body).not.toHaveProperty('no_such_field');
    const stored = await t.db('invoices').where({ id: invoice.id }).first();
    expect(stored.created_at.getFullYear()).toBeGreaterThan(2000);
  });

  it('answers ajv errors as { message, errors } naming each field', async () => {
    const res = await t.api
      .post('/api/payments')
      .send({ method: 'cash', amount: 12, currency: 'US' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'The record is not valid',
      errors: {
        method: 'must be one of: check, wire, ach, card',
        currency: 'has the wrong format',
        exporter_id: 'is required',
        buyer_id: 'is required',
        received_date: 'is required',
      },
    });
  });

  it('answers 409 naming the field when a unique value is taken', async () => {
    const { exporter, buyer } = await invoiceWorld();
    const body = {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'DUP-1',
      invoice_date: '2026-01-01',
      terms_days: 30,
      amount: '10.00',
      currency: 'USD',
    };
    expect((await t.api.post('/api/invoices').send(body)).status).toBe(201);
    const res = await t.api.post('/api/invoices').send(body);
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      message: 'A record with this number already exists',
      errors: { number: 'is already taken' },
    });
    const name = await t.api
      .post('/api/exporters')
      .send({ name: String(exporter.name).toUpperCase() });
    expect(name.status).toBe(409);
    expect(name.body.errors).toEqual({ name: 'is already taken' });
  });

  it('answers 409 when a join row already links the same pair', async () => {
    const { invoice } = await invoiceWorld();
    const contact = await insert(t.db, 'contacts', {
      buyer_id: invoice.buyer_id,
      contact_date: '2026-02-01',
      channel: 'phone',
      summary: 'Promised',
    });
    const link = { contact_id: contact.id, invoice_id: invoice.id };
    expect((await t.api.post('/api/contact_invoices').send(link)).status).toBe(201);
    const again = await t.api.post('/api/contact_invoices').send(link);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      message: 'This contact is already linked to this invoice',
      errors: { invoice_id: 'is already linked' },
    });
  });

  it('answers 409 saying what a foreign key refers to when it refers to nothing', async () => {
    const buyer = await buyerFixture(t.db);
    const res = await t.api.post('/api/purchase_orders').send({
      exporter_id: 999999,
      buyer_id: buyer.id,
      number: 'PO-1',
      received_date: '2026-01-01',
      amount: '10.00',
      currency: 'USD',
    });
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      message: 'exporter id refers to no existing exporter',
      errors: { exporter_id: 'no such exporter' },
    });
  });

  it('answers 400 with the fields of a broken check constraint', async () => {
    const res = await t.api.post('/api/policies').send({
      insurer: 'Atlantic',
      policy_number: 'CHK-1',
      currency: 'USD',
      start_date: '2026-06-01',
      end_date: '2026-01-01',
      mep_days: 60,
      overdue_notice_days: 30,
      claim_filing_days: 90,
      waiting_period_days: 150,
      insured_percent: '90.00',
      max_credit_days: 120,
      premium_rate: '0.25',
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe('The record breaks the rule (end_date > start_date)');
    expect(res.body.errors).toEqual({
      start_date: 'must satisfy (end_date > start_date)',
      end_date: 'must satisfy (end_date > start_date)',
    });
    const blank = await t.api.post('/api/buyers').send({ name: '   ' });
    expect(blank.status).toBe(400);
    expect(Object.keys(blank.body.errors)).toEqual(['name']);
  });

  it('refuses a stale version with 409 and stores nothing', async () => {
    const buyer = await buyerFixture(t.db, { city: 'Halifax' });
    const stale = await t.api
      .put(`/api/buyers/${buyer.id}`)
      .send({ ...buyer, version: 0, city: 'X' });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      message:
        'This record was changed by someone else since you opened it: reload it and make your change again',
      errors: { version: 'is out of date' },
    });
    expect((await t.db('buyers').where({ id: buyer.id }).first()).city).toBe('Halifax');
    const nonsense = await t.api.put(`/api/buyers/${buyer.id}`).send({ version: 'latest' });
    expect(nonsense.status).toBe(400);
    expect(nonsense.body.errors).toEqual({ version: 'must be a whole number' });
  });

  it('lets exactly one of two simultaneous edits from the same version win', async () => {
    const buyer = await buyerFixture(t.db, { city: 'Halifax' });
    const [a, b] = await Promise.all([
      t.api.put(`/api/buyers/${buyer.id}`).send({ ...buyer, city: 'Toronto' }),
      t.api.put(`/api/buyers/${buyer.id}`).send({ ...buyer, city: 'Montreal' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const stored = await t.db('buyers').where({ id: buyer.id }).first();
    expect(stored).toMatchObject({ city: winner.body.city, version: 2 });
    const audit = await t
      .db('audit_log')
      .where({ resource: 'buyers', record_id: String(buyer.id) });
    expect(audit).toHaveLength(1);
  });

  it('refuses to delete an invoice that payments are applied to, saying why', async () => {
    const { exporter, buyer, invoice } = await invoiceWorld();
    const payment = await insert(t.db, 'payments', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      method: 'wire',
      amount: '500.00',
      currency: 'USD',
      received_date: '2026-02-01',
    });
    await insert(t.db, 'allocations', {
      payment_id: payment.id,
      invoice_id: invoice.id,
      amount: '200.00',
    });
    const res = await t.api.delete(`/api/invoices/${invoice.id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      'This invoice cannot be deleted: allocations refer to it by their invoice id. Delete or change those first.',
    );
    const paid = await t.api.delete(`/api/payments/${payment.id}`);
    expect(paid.status).toBe(409);
    expect(paid.body.message).toMatch(/^This payment cannot be deleted: allocations refer to it/);
    expect(await t.db('invoices').where({ id: invoice.id })).toHaveLength(1);
  });

  it('refuses to delete a deposit that holds checks, saying why', async () => {
    const { exporter, buyer } = await invoiceWorld();
    const deposit = await insert(t.db, 'deposits', {
      exporter_id: exporter.id,
      bank_account: 'BMO 1234',
      deposit_date: '2026-02-02',
    });
    await insert(t.db, 'payments', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      method: 'check',
      amount: '75.00',
      currency: 'USD',
      received_date: '2026-02-01',
      check_number: '1001',
      check_date: '2026-02-01',
      deposit_id: deposit.id,
    });
    const res = await t.api.delete(`/api/deposits/${deposit.id}`);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(
      'This deposit cannot be deleted: payments refer to it by their deposit id. Delete or change those first.',
    );
  });

  it('deletes a record and answers it as it was; an unknown id is 404', async () => {
    const policy = await policyFixture(t.db);
    const res = await t.api.delete(`/api/policies/${policy.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: policy.id, policy_number: policy.policy_number });
    const again = await t.api.delete(`/api/policies/${policy.id}`);
    expect(again.status).toBe(404);
    expect(again.body.message).toBe(`No policies record with id ${policy.id}`);
    expect((await t.api.put('/api/policies/abc').send({})).status).toBe(404);
  });
});
