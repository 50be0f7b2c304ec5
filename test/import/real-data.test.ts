import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runImport } from '../../server/import/run-import';
import { exporterFixture } from '../helpers/fixtures';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

// The two public data sets of ../shared/data, checked against figures computed here from
// the CSV text itself (the files have no quoted fields), never through the importer.
const DATA = process.env.CREDITDESK_SHARED_DATA ?? path.resolve(__dirname, '../../../shared/data');
const IBM = path.join(DATA, 'ar-ibm/WA_Fn-UseC_-Accounts-Receivable.csv');
const HIGHRADIUS = path.join(DATA, 'highradius-open-ar/data2.csv');
const mapping = (name: string) =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, `../../demo/mappings/${name}.invoices.json`), 'utf8'),
  );

function csvRecords(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}
const cents = (amount: string) => {
  const [units, fraction = ''] = amount.split('.');
  return BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0'));
};
const money = (total: bigint) => `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
const usDay = (date: string) => {
  const [m, d, y] = date.split('/').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};
const isoDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const bucketOf = (days: number) =>
  days <= 0
    ? 'not_due'
    : days <= 30
      ? 'd1_30'
      : days <= 60
        ? 'd31_60'
        : days <= 90
          ? 'd61_90'
          : days <= 120
            ? 'd91_120'
            : 'over_120';
const BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120'];

let t: TestDatabase;
let ibmExporter: number;
let highradiusExporter: number;
beforeAll(async () => {
  t = await createTestDatabase();
  ibmExporter = (await exporterFixture(t.db, { name: 'IBM sample' })).id;
  highradiusExporter = (await exporterFixture(t.db, { name: 'HighRadius sample' })).id;
  const ibm = await runImport(t.db, {
    kind: 'invoices',
    exporterId: ibmExporter,
    filePath: IBM,
    fileName: 'ibm.csv',
    dryRun: false,
    mapping: mapping('ar-ibm'),
    saveMapping: true,
  });
  const highradius = await runImport(t.db, {
    kind: 'invoices',
    exporterId: highradiusExporter,
    filePath: HIGHRADIUS,
    fileName: 'data2.csv',
    dryRun: false,
    mapping: mapping('highradius-open-ar'),
  });
  expect([ibm.imported, ibm.error_count, highradius.imported, highradius.error_count]).toEqual([
    true,
    0,
    true,
    0,
  ]);
});
afterAll(() => t.drop());

async function agingTotals(exporterId: number, asOf: string) {
  const { rows } = await t.db.raw(
    `SELECT currency, sum(invoice_count)::integer AS invoices,
            ${BUCKETS.map((b) => `sum(${b}) AS ${b}`).join(', ')}, sum(total) AS total
       FROM aging_report(?) WHERE exporter_id = ? GROUP BY currency ORDER BY currency`,
    [asOf, exporterId],
  );
  return rows;
}

describe('the IBM accounts-receivable sample', () => {
  const records = csvRecords(IBM);

  it('imports every invoice with its amount, settled payment and dispute flag', async () => {
    const total = records.reduce((sum, r) => sum + cents(r.InvoiceAmount), 0n);
    const invoices = await t
      .db('invoices')
      .where({ exporter_id: ibmExporter })
      .select(
        t.db.raw(
          'count(*)::integer AS count, sum(amount) AS total, count(*) FILTER (WHERE disputed)::integer AS disputed',
        ),
      );
    expect(invoices[0]).toEqual({
      count: records.length,
      total: money(total),
      disputed: records.filter((r) => r.Disputed === 'Yes').length,
    });
    const payments = await t
      .db('payments')
      .where({ exporter_id: ibmExporter })
      .select(t.db.raw('count(*)::integer AS count, sum(amount) AS total'));
    expect(payments[0]).toEqual({ count: records.length, total: money(total) });
    expect(records.length).toBe(2466);
  });

  it('keeps the leading zeros of invoice numbers', async () => {
    const invoice = await t
      .db('invoices')
      .where({ exporter_id: ibmExporter, number: '0000611365' })
      .first();
    expect(invoice).toMatchObject({
      invoice_date: '2013-01-02',
      due_date: '2013-02-01',
      amount: '55.94',
    });
  });

  it('shows nothing open as of 2014-01-31, when every invoice is settled', async () => {
    expect(await agingTotals(ibmExporter, '2014-01-31')).toEqual([]);
  });

  it('ages as open exactly the invoices issued by the date and settled after it', async () => {
    for (const asOf of ['2013-06-30', '2012-09-15']) {
      const day = isoDay(asOf);
      const open = records.filter((r) => usDay(r.InvoiceDate) <= day && usDay(r.SettledDate) > day);
      const expected: Record<string, bigint> = Object.fromEntries(BUCKETS.map((b) => [b, 0n]));
      for (const r of open) expected[bucketOf(day - usDay(r.DueDate))] += cents(r.InvoiceAmount);
      const [row] = await agingTotals(ibmExporter, asOf);
      expect(row.invoices).toBe(open.length);
      expect(BUCKETS.map((b) => row[b])).toEqual(BUCKETS.map((b) => money(expected[b])));
      expect(open.length).toBeGreaterThan(50);
    }
  });

  it('updates rather than duplicates when the same file comes again, with the saved mapping', async () => {
    const again = await runImport(t.db, {
      kind: 'invoices',
      exporterId: ibmExporter,
      filePath: IBM,
      fileName: 'ibm.csv',
      dryRun: false,
    });
    expect(again.counts).toMatchObject({
      created: 0,
      unchanged: 2466,
      payments_created: 0,
      buyers_created: 0,
    });
    const [{ count }] = await t.db('payments').where({ exporter_id: ibmExporter }).count();
    expect(Number(count)).toBe(2466);
  });
});

describe('the HighRadius open-items extract', () => {
  const records = csvRecords(HIGHRADIUS);

  it('imports the open items per currency, leaving the prediction columns out', async () => {
    const expected: Record<string, { count: number; total: bigint }> = {};
    for (const r of records) {
      expected[r.invoice_currency] ??= { count: 0, total: 0n };
      expected[r.invoice_currency].count += 1;
      expected[r.invoice_currency].total += cents(r.total_open_amount);
    }
    const { rows } = await t.db.raw(
      `SELECT currency, count(*)::integer AS count, sum(amount) AS total FROM invoices
        WHERE exporter_id = ? GROUP BY currency ORDER BY currency`,
      [highradiusExporter],
    );
    expect(rows).toEqual(
      Object.keys(expected)
        .sort()
        .map((currency) => ({
          currency,
          count: expected[currency].count,
          total: money(expected[currency].total),
        })),
    );
    const aging = await agingTotals(highradiusExporter, '2020-06-01');
    expect(aging.map((r: { currency: string; total: string }) => [r.currency, r.total])).toEqual(
      rows.map((r: { currency: string; total: string }) => [r.currency, r.total]),
    );
  });

  it('names each buyer once per customer number, zero-padded to ten digits', async () => {
    const numbers = new Set(
      records.map((r) =>
        /^\d+$/.test(r.cust_number) ? r.cust_number.padStart(10, '0') : r.cust_number,
      ),
    );
    const [{ count }] = await t
      .db('buyer_accounts')
      .where({ exporter_id: highradiusExporter })
      .count();
    expect(Number(count)).toBe(numbers.size);
    const walmart = await t
      .db('buyer_accounts')
      .where({ exporter_id: highradiusExporter, account_number: '0200769623' })
      .first();
    const [{ invoices }] = await t
      .db('invoices')
      .where({ buyer_id: walmart.buyer_id })
      .count({ invoices: '*' });
    expect(Number(invoices)).toBe(
      records.filter((r) => r.cust_number.replace(/^0*/, '') === '200769623').length,
    );
  });
});
