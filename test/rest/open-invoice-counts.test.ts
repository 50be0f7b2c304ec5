import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';
import { totalPart } from '../helpers/list-sql';

// The invoice list's total for an exporter's open or overdue invoices comes from the counts
// the database keeps per exporter and due date (db/migrations/*count-open-invoices*).

let t: TestApp;
let exporterId: number;
let otherExporterId: number;
let buyerId: number;
beforeAll(async () => {
  t = await createTestApp();
  exporterId = (await exporterFixture(t.db)).id;
  otherExporterId = (await exporterFixture(t.db)).id;
  buyerId = (await buyerFixture(t.db)).id;
});
afterAll(() => t.drop());

let numbered = 0;
const invoice = (exporter: number, due: string, amount = '100.00') =>
  insert(t.db, 'invoices', {
    exporter_id: exporter,
    buyer_id: buyerId,
    number: `OC-${++numbered}`,
    invoice_date: '2026-01-01',
    due_date: due,
    amount,
    currency: 'USD',
  });

async function pay(invoiceId: number, exporter: number, amount: string) {
  const payment = await insert(t.db, 'payments', {
    exporter_id: exporter,
    buyer_id: buyerId,
    method: 'wire',
    amount,
    currency: 'USD',
    received_date: '2026-02-01',
  });
  return insert(t.db, 'allocations', { payment_id: payment.id, invoice_id: invoiceId, amount });
}

async function listed(filter: Record<string, unknown>, api = t.api) {
  const sql: string[] = [];
  const listener = (query: { sql: string }) => {
    const total = totalPart(query.sql);
    if (total) sql.push(total);
  };
  t.db.on('query', listener);
  const res = await api
    .get('/api/invoices')
    .query({ filter: JSON.stringify(filter), range: '[0,0]' });
  t.db.removeListener('query', listener);
  expect(res.status).toBe(200);
  const total = Number(String(res.headers['content-range']).split('/')[1]);
  return { total, counted: sql.join('\n') };
}

const kept = async () =>
  (
    await t
      .db('open_invoice_counts')
      .where('invoices', '>', 0)
      .orderBy(['exporter_id', 'due_date'])
      .select('exporter_id', 'due_date', 'invoices')
  ).map((r) => ({ ...r }));

const recounted = async () => {
  const { rows } = await t.db.raw(
    `SELECT exporter_id, due_date, count(*)::integer AS invoices FROM invoices
      WHERE open_total > 0 GROUP BY exporter_id, due_date ORDER BY exporter_id, due_date`,
  );
  return rows;
};

describe('open invoice counts', () => {
  it('follow invoices opened, paid, credited, reopened and deleted, as a recount finds them', async () => {
    const a = await invoice(exporterId, '2026-01-31');
    const b = await invoice(exporterId, '2026-01-31');
    const c = await invoice(exporterId, '2099-12-31'); // not yet due for decades
    await invoice(otherExporterId, '2026-01-31');
    const partial = await pay(a.id, exporterId, '40.00'); // still open: no change
    await pay(b.id, exporterId, '100.00'); // settled: one fewer open
    const credit = await insert(t.db, 'credit_notes', {
      invoice_id: c.id,
      credit_date: '2026-02-01',
      amount: '100.00',
    });
    const doomed = await invoice(exporterId, '2026-03-31');
    await t.db('invoices').where({ id: doomed.id }).delete();

    expect(await kept()).toEqual([
      { exporter_id: exporterId, due_date: '2026-01-31', invoices: 1 },
      { exporter_id: otherExporterId, due_date: '2026-01-31', invoices: 1 },
    ]);
    expect(await kept()).toEqual(await recounted());

    await t.db('credit_notes').where({ id: credit.id }).delete(); // reopens c
    await t.db('allocations').where({ id: partial.id }).delete();
    expect(await kept()).toEqual([
      { exporter_id: exporterId, due_date: '2026-01-31', invoices: 1 },
      { exporter_id: exporterId, due_date: '2099-12-31', invoices: 1 },
      { exporter_id: otherExporterId, due_date: '2026-01-31', invoices: 1 },
    ]);
    expect(await kept()).toEqual(await recounted());
  });

  it('give the list its total for open and overdue invoices, equal to counting the invoices', async () => {
    const overdue = await listed({ exporter_id: exporterId, overdue: true });
    expect(overdue.counted).toMatch(/from "open_invoice_counts"/);
    expect(overdue.total).toBe(1);
    const open = await listed({ exporter_id: exporterId, open: true });
    expect(open.counted).toMatch(/from "open_invoice_counts"/);
    expect(open.total).toBe(2);
    const everyone = await listed({ overdue: true });
    expect(everyone.total).toBe(2);

    // Anything more than exporter and open/overdue is counted on the invoices themselves,
    // and gives the same answer.
    const searched = await listed({ exporter_id: exporterId, overdue: true, q: 'OC-' });
    expect(searched.counted).not.toMatch(/open_invoice_counts/);
    expect(searched.total).toBe(1);
    const { rows } = await t.db.raw(
      `SELECT count(*)::integer AS n FROM invoice_list
        WHERE exporter_id = ? AND days_past_due > 0`,
      [exporterId],
    );
    expect(rows[0].n).toBe(overdue.total);
  });

  it("count only an exporter user's own invoices, whatever exporter the filter names", async () => {
    const exporterApi = await t.loginAs('exporter', otherExporterId);
    expect((await listed({ overdue: true }, exporterApi)).total).toBe(1);
    expect((await listed({ exporter_id: exporterId, overdue: true }, exporterApi)).total).toBe(0);
  });
});
