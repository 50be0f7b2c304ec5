import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '../helpers/test-app';
import { exporterFixture } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const HEADER = 'Invoice No,Customer,Invoice Date,Due Date,Amount,Currency';
const goodRows = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `00${1000 + i},Acme Foods Inc,2026-01-${String((i % 28) + 1).padStart(2, '0')},2026-03-31,"1,234.5${i % 10}",USD`,
  );

function upload(
  exporterId: number,
  file: Buffer | string,
  name: string,
  fields: Record<string, string> = {},
) {
  const request = t.api
    .post('/api/imports')
    .field('kind', fields.kind ?? 'invoices')
    .field('exporter_id', String(exporterId));
  for (const [key, value] of Object.entries(fields)) if (key !== 'kind') request.field(key, value);
  return request.attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file), name);
}

const invoiceCount = async (exporterId: number) =>
  Number((await t.db('invoices').where({ exporter_id: exporterId }).count({ n: '*' }))[0].n);

describe('bad files get a clear report and import nothing', () => {
  it('names a missing required column', async () => {
    const exporter = await exporterFixture(t.db);
    const csv = ['Invoice No,Customer,Due Date,Amount,Currency', '1,Acme,2026-03-31,10,USD'].join(
      '\n',
    );
    const res = await upload(exporter.id, csv, 'invoices.csv');
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(
      'The file lacks required columns: Invoice date (a column such as "invoice_date" or "invoicedate")',
    );
    expect(await invoiceCount(exporter.id)).toBe(0);
  });

  it('reports a bad date on row 17 and an amount with letters, by row, column and value', async () => {
    const exporter = await exporterFixture(t.db);
    const rows = goodRows(20);
    rows[15] = rows[15].replace('2026-03-31', '2026-02-30'); // row 17: the header is row 1
    rows[18] = rows[18].replace('"1,234.58"', '12O.50'); // row 20
    const res = await upload(exporter.id, [HEADER, ...rows].join('\r\n'), 'invoices.csv');
    expect(res.status).toBe(400);
    expect(res.body.report.errors).toEqual([
      { row: 17, column: 'Due Date', value: '2026-02-30', reason: 'is not a date on the calendar' },
      { row: 20, column: 'Amount', value: '12O.50', reason: 'has letters in it' },
    ]);
    expect(res.body.message).toBe('2 error(s) in 2 row(s); nothing was imported');
    expect(await invoiceCount(exporter.id)).toBe(0);
  });

  it('refuses an empty file, a header without rows and a file that is not CSV or XLSX', async () => {
    const exporter = await exporterFixture(t.db);
    const empty = await upload(exporter.id, Buffer.alloc(0), 'invoices.csv');
    expect([empty.status, empty.body.message]).toEqual([400, 'The file is empty']);
    const headerOnly = await upload(exporter.id, `${HEADER}\r\n`, 'invoices.csv');
    expect(headerOnly.body.message).toBe('The file has a header row but no data rows');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const image = await upload(exporter.id, png, 'invoices.xlsx');
    expect([image.status, image.body.errors]).toEqual([
      400,
      { file: 'The file is neither CSV nor XLSX' },
    ]);
    const xls = await upload(exporter.id, Buffer.from('d0cf11e0a1b11ae1', 'hex'), 'old.xls');
    expect(xls.body.message).toMatch(/old Excel \(\.xls\) file/);
    const fakeZip = await upload(exporter.id, Buffer.from('504b0304deadbeef', 'hex'), 'x.xlsx');
    expect(fakeZip.body.message).toMatch(/^The XLSX workbook cannot be read/);
    expect(await invoiceCount(exporter.id)).toBe(0);
  });

  it('says which request field is wrong', async () => {
    const res = await upload(999999, `${HEADER}\n${goodRows(1)[0]}`, 'x.csv', {
      kind: 'orders',
      mapping: '{',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ mapping: 'is not valid JSON' });
    const wrong = await upload(999999, `${HEADER}\n${goodRows(1)[0]}`, 'x.csv', { kind: 'orders' });
    expect(wrong.body.errors).toEqual({
      kind: 'must be buyers, purchase_orders, invoices or payments',
      exporter_id: 'no such exporter',
    });
  });

  it('reports a number twice in the file as a row error', async () => {
    const exporter = await exporterFixture(t.db);
    const rows = goodRows(3);
    rows[2] = rows[0];
    const res = await upload(exporter.id, [HEADER, ...rows].join('\n'), 'x.csv');
    expect(res.body.report.errors).toEqual([
      {
        row: 4,
        column: 'Invoice No',
        value: '001000',
        reason: 'this invoice number is also on row 2 of the file',
      },
    ]);
  });
});

describe('preview, then commit', () => {
  it('previews with the counts the import would make and writes nothing, then imports', async () => {
    const exporter = await exporterFixture(t.db);
    const csv = [HEADER, ...goodRows(25)].join('\n');
    const preview = await upload(exporter.id, csv, 'x.csv', { dry_run: 'true' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      dry_run: true,
      imported: false,
      rows: 25,
      error_count: 0,
      counts: { created: 25, buyers_created: 1 },
    });
    expect(await invoiceCount(exporter.id)).toBe(0);
    expect(await t.db('buyers').where({ name: 'Acme Foods Inc' }).first()).toBeUndefined();
    const done = await upload(exporter.id, csv, 'x.csv');
    expect(done.status).toBe(201);
    expect(done.body.counts).toMatchObject({ created: 25, updated: 0 });
    const invoice = await t
      .db('invoices')
      .where({ exporter_id: exporter.id, number: '001003' })
      .first();
    expect(invoice).toMatchObject({
      amount: '1234.53',
      invoice_date: '2026-01-04',
      currency: 'USD',
    });
    const audit = await t
      .db('audit_log')
      .where({ resource: 'imports', record_id: done.body.import_id })
      .first();
    expect(audit.after).toMatchObject({ kind: 'invoices', rows: 25, counts: { created: 25 } });
  });

  it('reads Italian amounts and day-first dates, and saves the mapping for next time', async () => {
    const exporter = await exporterFixture(t.db);
    const csv = [
      'Numero Fattura;Cliente;Data Fattura;Scadenza;Importo;Contestata',
      '000077;Rossi Imports;03/04/2026;02/06/2026;1.234,56;sì',
    ].join('\n');
    const mapping = JSON.stringify({ date_format: 'DMY', currency: 'EUR' });
    const first = await upload(exporter.id, csv, 'fatture.csv', { mapping, save_mapping: 'true' });
    expect(first.status).toBe(201);
    const saved = await t.api
      .get('/api/import_mappings')
      .query({ filter: JSON.stringify({ exporter_id: exporter.id }) });
    expect(saved.body).toMatchObject([
      { kind: 'invoices', mapping: { date_format: 'DMY', currency: 'EUR' } },
    ]);
    const again = await upload(exporter.id, csv.replace('1.234,56', '2.000,00'), 'fatture.csv');
    expect(again.body.counts).toMatchObject({ created: 0, updated: 1 });
    const invoice = await t
      .db('invoices')
      .where({ exporter_id: exporter.id, number: '000077' })
      .first();
    expect(invoice).toMatchObject({
      invoice_date: '2026-04-03',
      due_date: '2026-06-02',
      amount: '2000.00',
      currency: 'EUR',
      disputed: true,
    });
  });

  it('reads an XLSX with date cells, serial numbers, text ids and number amounts', async () => {
    const exporter = await exporterFixture(t.db);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Invoices');
    sheet.addRow([
      'InvoiceNumber',
      'Customer ID',
      'Customer Name',
      'InvoiceDate',
      'Due',
      'InvoiceAmount',
      'Currency',
    ]);
    sheet.addRow([
      '000123',
      '0042',
      'Maple Grocers Ltd',
      new Date(Date.UTC(2026, 0, 15)),
      46067,
      1500.1,
      'CAD',
    ]);
    sheet.addRow([
      { richText: [{ text: '000' }, { text: '124' }] },
      '0042',
      'Maple Grocers Ltd',
      '15-Jan-26',
      '2026-02-14',
      { formula: 'A1', result: 99.999 },
      'cad',
    ]);
    sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(exporter.id, file, 'invoices.xlsx');
    expect(res.status).toBe(201);
    const invoices = await t
      .db('invoices')
      .where({ exporter_id: exporter.id })
      .orderBy('number')
      .select('number', 'invoice_date', 'due_date', 'amount', 'currency');
    expect(invoices).toEqual([
      {
        number: '000123',
        invoice_date: '2026-01-15',
        due_date: '2026-02-14',
        amount: '1500.10',
        currency: 'CAD',
      },
      {
        number: '000124',
        invoice_date: '2026-01-15',
        due_date: '2026-02-14',
        amount: '100.00',
        currency: 'CAD',
      },
    ]);
    const account = await t
      .db('buyer_accounts')
      .where({ exporter_id: exporter.id, account_number: '0042' })
      .first();
    expect(account).toBeDefined();
  });

  it('imports payments applied to invoices, and buyers and POs matched to the same buyer', async () => {
    const exporter = await exporterFixture(t.db);
    await upload(
      exporter.id,
      'Name,Customer Number,Tax ID,Country,City\nNorthwind LLC,C-9,12-3456789,USA,Boston',
      'b.csv',
      { kind: 'buyers' },
    );
    const po = await upload(
      exporter.id,
      'PO Number,Customer Number,Received Date,Amount,Currency\nPO-1,C-9,2026-01-02,"5,000.00",USD',
      'po.csv',
      { kind: 'purchase_orders' },
    );
    expect(po.body.counts).toMatchObject({ created: 1, buyers_matched: 1, buyers_created: 0 });
    await upload(
      exporter.id,
      `Invoice No,Tax ID,Invoice Date,Terms,Amount,Currency\nN-1,12-3456789,2026-01-10,Net 30,1000,USD`,
      'i.csv',
    );
    const payments =
      'Reference,Customer,Payment Date,Amount,Currency,Method,Check No,Check Date,Invoice Number\n' +
      'CHK-77,Northwind LLC,2026-02-01,600,USD,cheque,77,2026-01-30,N-1\nW-1,Northwind LLC,2026-02-05,700,USD,wire,,,N-1';
    const paid = await upload(exporter.id, payments, 'p.csv', { kind: 'payments' });
    expect(paid.status).toBe(201);
    expect(paid.body.counts).toMatchObject({
      created: 2,
      allocations_created: 2,
      buyers_matched: 1,
    });
    const invoice = await t
      .db('invoice_list')
      .where({ exporter_id: exporter.id, number: 'N-1' })
      .first();
    expect(invoice).toMatchObject({
      due_date: '2026-02-09',
      paid_amount: '1000.00',
      open_balance: '0.00',
    });
    const again = await upload(exporter.id, payments, 'p.csv', { kind: 'payments' });
    expect(again.body.counts).toMatchObject({ created: 0, unchanged: 2 });
    const [{ n }] = await t.db('buyers').where({ tax_id: '12-3456789' }).count({ n: '*' });
    expect(Number(n)).toBe(1);
  });
});
