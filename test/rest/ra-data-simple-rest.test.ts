import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { createTestApp, TEST_PASSWORD, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert, policyFixture } from '../helpers/fixtures';

// react-admin's own data provider, unmodified, against the real server on a real port.
let t: TestApp;
let server: Server;
let provider: DataProvider;
beforeAll(async () => {
  t = await createTestApp();
  server = t.app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/api`;
  // Log in as the admin over HTTP, as the admin UI does, and send the session cookie along.
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: t.admin.email, password: TEST_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const httpClient: typeof fetchUtils.fetchJson = (url, options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    headers.set('Cookie', cookie);
    return fetchUtils.fetchJson(url, { ...options, headers });
  };
  provider = simpleRestProvider(base, httpClient);
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.drop();
});

const page = (page: number, perPage: number) => ({ page, perPage });

describe('ra-data-simple-rest v5 pointed at the server', () => {
  it('lists buyers a page at a time with the total, and finds one by search', async () => {
    for (let n = 1; n <= 12; n++) {
      await buyerFixture(t.db, {
        name: `Provider Buyer ${String(n).padStart(2, '0')}`,
        country: 'CA',
      });
    }
    const first = await provider.getList('buyers', {
      pagination: page(2, 5),
      sort: { field: 'name', order: 'ASC' },
      filter: { q: 'provider buyer' },
    });
    expect(first.total).toBe(12);
    expect(first.data.map((b) => b.name)).toEqual([
      'Provider Buyer 06',
      'Provider Buyer 07',
      'Provider Buyer 08',
      'Provider Buyer 09',
      'Provider Buyer 10',
    ]);
    const none = await provider.getList('buyers', {
      pagination: page(1, 25),
      sort: { field: 'id', order: 'ASC' },
      filter: { q: 'no such buyer anywhere' },
    });
    expect(none).toEqual({ data: [], total: 0 });
  });

  it('creates, reads, updates and deletes an exporter', async () => {
    const { data: created } = await provider.create('exporters', {
      data: {
        name: 'Ceramiche Provider',
        country: 'IT',
        language: 'it',
        report_emails: ['a@x.it'],
      },
    });
    expect(created).toMatchObject({ name: 'Ceramiche Provider', version: 1 });
    const { data: read } = await provider.getOne('exporters', { id: created.id });
    expect(read.report_emails).toEqual(['a@x.it']);
    // react-admin sends the whole record back, read-only stamps included.
    const { data: updated } = await provider.update('exporters', {
      id: created.id,
      data: { ...read, language: 'en' },
      previousData: read,
    });
    expect(updated).toMatchObject({ id: created.id, language: 'en', version: 2 });
    const { data: deleted } = await provider.delete('exporters', {
      id: created.id,
      previousData: updated,
    });
    expect(deleted).toMatchObject({ id: created.id, name: 'Ceramiche Provider' });
    await expect(provider.getOne('exporters', { id: created.id })).rejects.toMatchObject({
      status: 404,
    });
  });

  it('gets many invoices by id and the invoices of one buyer by reference', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    const other = await buyerFixture(t.db);
    const invoice = (number: string, buyer_id: number) =>
      insert(t.db, 'invoices', {
        exporter_id: exporter.id,
        buyer_id,
        number,
        invoice_date: '2026-01-01',
        due_date: '2026-03-02',
        amount: '100.00',
        currency: 'USD',
      });
    const mine = [
      await invoice('GM-1', buyer.id),
      await invoice('GM-2', buyer.id),
      await invoice('GM-3', buyer.id),
    ];
    const theirs = await invoice('GM-4', other.id);
    const many = await provider.getMany('invoices', { ids: [mine[2].id, theirs.id] });
    expect(many.data.map((i) => i.number).sort()).toEqual(['GM-3', 'GM-4']);
    const reference = await provider.getManyReference('invoices', {
      target: 'buyer_id',
      id: buyer.id,
      pagination: page(1, 2),
      sort: { field: 'number', order: 'DESC' },
      filter: {},
    });
    expect(reference.total).toBe(3);
    expect(reference.data.map((i) => i.number)).toEqual(['GM-3', 'GM-2']);
    expect(reference.data[0].open_balance).toBe('100.00');
  });

  it('gets thirty buyers by id in one call: getMany sends no range and gets every id', async () => {
    const ids: number[] = [];
    for (let n = 0; n < 30; n++) ids.push((await buyerFixture(t.db)).id);
    const { data } = await provider.getMany('buyers', { ids });
    expect(data.map((b) => b.id).sort((a, b) => a - b)).toEqual(ids);
  });

  it('updates many and deletes many deductions, one PUT and one DELETE each', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    const invoice = await insert(t.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'UM-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '900.00',
      currency: 'USD',
    });
    const deduction = (amount: string) =>
      provider.create('deductions', {
        data: { invoice_id: invoice.id, amount, reason_code: 'shortage' },
      });
    const ids = [(await deduction('10.00')).data.id, (await deduction('20.00')).data.id];
    const updated = await provider.updateMany('deductions', {
      ids,
      data: { status: 'disputed', follow_up_notes: 'Asked for proof of delivery' },
    });
    expect(updated.data).toEqual(ids);
    const stored = await t.db('deductions').whereIn('id', ids).orderBy('id');
    expect(stored.map((d) => [d.status, d.follow_up_notes])).toEqual([
      ['disputed', 'Asked for proof of delivery'],
      ['disputed', 'Asked for proof of delivery'],
    ]);
    const deleted = await provider.deleteMany('deductions', { ids });
    expect(deleted.data).toEqual(ids);
    expect(await t.db('deductions').whereIn('id', ids)).toEqual([]);
  });

  it('links an invoice to a claim through the claim_invoices join resource', async () => {
    const exporter = await exporterFixture(t.db);
    const buyer = await buyerFixture(t.db);
    const policy = await policyFixture(t.db);
    const claim = await insert(t.db, 'claims', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      policy_id: policy.id,
      claimed_amount: '500.00',
      currency: 'USD',
    });
    const invoice = await insert(t.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number: 'CI-1',
      invoice_date: '2026-01-01',
      due_date: '2026-01-31',
      amount: '500.00',
      currency: 'USD',
    });
    const { data: link } = await provider.create('claim_invoices', {
      data: { claim_id: claim.id, invoice_id: invoice.id, claimed_amount: '500.00' },
    });
    const { data, total } = await provider.getManyReference('claim_invoices', {
      target: 'claim_id',
      id: claim.id,
      pagination: page(1, 10),
      sort: { field: 'id', order: 'ASC' },
      filter: {},
    });
    expect(total).toBe(1);
    expect(data[0]).toMatchObject({
      id: link.id,
      invoice_id: invoice.id,
      claimed_amount: '500.00',
    });
  });
});
