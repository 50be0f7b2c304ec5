import { createTestApp, TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';

// A zone far from UTC: calendar dates must come back and compare exactly as stored.
process.env.TZ = 'Pacific/Kiritimati';

let t: TestApp;
let exporterId: number;
let buyerIds: { acme: number; boreal: number; cedar: number };
beforeAll(async () => {
  t = await createTestApp();
  exporterId = (await exporterFixture(t.db, { name: 'Filter Exporter' })).id;
  const acme = await buyerFixture(t.db, { name: 'ACME Wholesale', country: 'US', city: 'Boston' });
  const boreal = await buyerFixture(t.db, { name: 'Boreal Foods', country: 'CA', city: 'Quebec' });
  const cedar = await buyerFixture(t.db, {
    name: 'Cedar 50% Outlet',
    country: 'CA',
    city: null,
    notes: 'acme is a competitor',
  });
  buyerIds = { acme: acme.id, boreal: boreal.id, cedar: cedar.id };
  const invoice = (number: string, buyer_id: number, invoice_date: string, amount: string) =>
    insert(t.db, 'invoices', {
      exporter_id: exporterId,
      buyer_id,
      number,
      invoice_date,
      due_date: invoice_date,
      amount,
      currency: 'USD',
    });
  await invoice('F-1', acme.id, '2026-01-30', '100.00');
  await invoice('F-2', acme.id, '2026-01-31', '250.00');
  await invoice('F-3', boreal.id, '2026-02-01', '250.01');
  await invoice('F-4', cedar.id, '2026-02-28', '999.99');
});
afterAll(() => t.drop());

async function names(resource: string, filter: Record<string, unknown>, field = 'name') {
  const res = await t.api
    .get(`/api/${resource}`)
    .query({ filter: JSON.stringify(filter), sort: JSON.stringify([field, 'ASC']) });
  expect(res.status).toBe(200);
  return res.body.map((row: Record<string, unknown>) => row[field]);
}
const numbers = (filter: Record<string, unknown>) => names('invoices', filter, 'number');

describe('list filters', () => {
  it('matches a column by equality', async () => {
    expect(await names('buyers', { country: 'US' })).toEqual(['ACME Wholesale']);
    expect(await numbers({ buyer_id: buyerIds.acme })).toEqual(['F-1', 'F-2']);
  });

  it('reads an array as "any of", and an empty array as nothing', async () => {
    expect(await numbers({ buyer_id: [buyerIds.boreal, buyerIds.cedar] })).toEqual(['F-3', 'F-4']);
    expect(await numbers({ buyer_id: [] })).toEqual([]);
  });

  it('compares with _gte, _lte, _gt, _lt and _neq', async () => {
    expect(await numbers({ amount_gte: '250.00' })).toEqual(['F-2', 'F-3', 'F-4']);
    expect(await numbers({ amount_gt: 250 })).toEqual(['F-3', 'F-4']);
    expect(await numbers({ amount_lte: '250.00' })).toEqual(['F-1', 'F-2']);
    expect(await numbers({ amount_lt: '250.00' })).toEqual(['F-1']);
    expect(await numbers({ number_neq: 'F-1', amount_lt: '999.00' })).toEqual(['F-2', 'F-3']);
  });

  it('searches the declared text columns with q, ignoring case and wildcards', async () => {
    expect(await names('buyers', { q: 'acme' })).toEqual(['ACME Wholesale']);
    expect(await names('buyers', { q: 'QUEBEC' })).toEqual(['Boreal Foods']);
    // notes is not a search column, and % is a character, not a wildcard.
    expect(await names('buyers', { q: '50%' })).toEqual(['Cedar 50% Outlet']);
    expect(await names('buyers', { q: '%' })).toEqual(['Cedar 50% Outlet']);
  });

  it('compares calendar dates as written, with no time-zone shift', async () => {
    expect(await numbers({ invoice_date: '2026-01-31' })).toEqual(['F-2']);
    expect(
      await numbers({ invoice_date_gte: '2026-01-31', invoice_date_lte: '2026-02-01' }),
    ).toEqual(['F-2', 'F-3']);
    expect(await numbers({ invoice_date_lt: '2026-01-31' })).toEqual(['F-1']);
    const one = await t.api
      .get('/api/invoices')
      .query({ filter: JSON.stringify({ number: 'F-2' }) });
    expect(one.body[0]).toMatchObject({ invoice_date: '2026-01-31', due_date: '2026-01-31' });
  });

  it('reads null as IS NULL, and _neq null as IS NOT NULL', async () => {
    expect(await names('buyers', { city: null })).toEqual(['Cedar 50% Outlet']);
    expect(await names('buyers', { city_neq: null })).toEqual(['ACME Wholesale', 'Boreal Foods']);
    expect(await names('buyers', { city: ['Boston', null] })).toEqual([
      'ACME Wholesale',
      'Cedar 50% Outlet',
    ]);
  });

  it('finds an exporter by one of its report addresses', async () => {
    await exporterFixture(t.db, { name: 'Mailing Exporter', report_emails: ['a@x.it', 'b@x.it'] });
    expect(await names('exporters', { report_emails: 'b@x.it' })).toEqual(['Mailing Exporter']);
    expect(await names('exporters', { report_emails: ['z@x.it', 'a@x.it'] })).toEqual([
      'Mailing Exporter',
    ]);
  });

  it('applies the declared named filters such as overdue', async () => {
    const res = await t.api.get('/api/invoices').query({
      filter: JSON.stringify({ overdue: true, exporter_id: exporterId }),
    });
    expect(res.body).toHaveLength(4);
    const none = await numbers({ overdue: false, exporter_id: exporterId });
    expect(none).toEqual([]);
  });
});
