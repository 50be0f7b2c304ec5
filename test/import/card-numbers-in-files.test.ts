import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { exporterFixture } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';

const run = promisify(execFile);
let t: TestApp;
let folder: string;
beforeAll(async () => {
  t = await createTestApp();
  folder = await mkdtemp(path.join(os.tmpdir(), 'card-import-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await t.drop();
});

const HEADER = 'Invoice No,Customer,Invoice Date,Due Date,Amount,Currency,Notes';
const CSV = [
  HEADER,
  '1001,Acme Foods Inc,2026-01-05,2026-03-05,100.00,USD,first',
  '1002,Acme Foods Inc,2026-01-06,2026-03-06,200.00,USD,paid by card 4111 1111 1111 1111',
  '1003,Acme Foods Inc,2026-01-07,2026-03-07,300.00,USD,ref 2026-01-07 2026-03-07',
].join('\n');

const CARD_ERROR = { reason: 'looks like a full card number', value: '…1111' };

const upload = (exporterId: number, file: Buffer | string, name: string, fields = {}) => {
  const request = t.api
    .post('/api/imports')
    .field('kind', 'invoices')
    .field('exporter_id', String(exporterId));
  for (const [key, value] of Object.entries(fields)) request.field(key, String(value));
  return request.attach('file', Buffer.isBuffer(file) ? file : Buffer.from(file), name);
};

/** Nothing of the exporter's file reached the database, its audit log included. */
async function nothingStored(exporterId: number) {
  expect(await t.db('invoices').where({ exporter_id: exporterId })).toEqual([]);
  expect(
    await t.db('audit_log').where({ resource: 'imports' }).whereRaw(`after::text ~ '4111'`),
  ).toEqual([]);
}

describe('a file holding a full card number', () => {
  it('is refused with the row and column of the card, and nothing is imported', async () => {
    const exporter = await exporterFixture(t.db);
    const res = await upload(exporter.id, CSV, 'invoices.csv');
    expect(res.status).toBe(400);
    expect(res.body.report.errors).toEqual([{ row: 3, column: 'Notes', ...CARD_ERROR }]);
    expect(res.body.message).toBe('1 error(s) in 1 row(s); nothing was imported');
    expect(JSON.stringify(res.body)).not.toMatch(/4111 1111/);
    await nothingStored(exporter.id);
  });

  it('is refused when the card is in a read column, spelt with dots or full-width digits', async () => {
    const exporter = await exporterFixture(t.db);
    const csv = [
      HEADER,
      '1001,Acme 4111.1111.1111.1111,2026-01-05,2026-03-05,100.00,USD,',
      '\uff14\uff11\uff11\uff11\u00a01111\u00a01111\u00a01111,Acme,2026-01-05,2026-03-05,1.00,USD,',
    ].join('\n');
    const res = await upload(exporter.id, csv, 'invoices.csv', { dry_run: 'true' });
    expect(res.status).toBe(200);
    expect(res.body.report ?? res.body).toMatchObject({
      imported: false,
      errors: [
        { row: 2, column: 'Customer', ...CARD_ERROR },
        { row: 3, column: 'Invoice No', ...CARD_ERROR },
      ],
    });
    await nothingStored(exporter.id);
  });

  it('is refused when an XLSX cell holds the card as a number or as text', async () => {
    const exporter = await exporterFixture(t.db);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Invoices');
    sheet.addRow(['Invoice No', 'Customer', 'Invoice Date', 'Due Date', 'Amount', 'Currency', '']);
    sheet.addRow(['2001', 'Acme', '2026-01-05', '2026-03-05', 10, 'USD', 4111111111111111]);
    sheet.addRow(['2002', 'Acme', '2026-01-05', '2026-03-05', 10, 'USD', 'ok']);
    sheet.addRow(['2003', { richText: [{ text: 'Acme 4111-1111-' }, { text: '1111-1111' }] }]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(exporter.id, file, 'invoices.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.report.errors).toEqual([
      { row: 2, column: 'column G', ...CARD_ERROR },
      { row: 4, column: 'Customer', ...CARD_ERROR },
    ]);
    await nothingStored(exporter.id);
  });

  it('is refused whole when the header, the file name or the mapping holds one', async () => {
    const exporter = await exporterFixture(t.db);
    const header = await upload(
      exporter.id,
      CSV.replace('Notes', 'Card 4111111111111111'),
      'invoices.csv',
    );
    expect(header.status).toBe(400);
    expect(header.body).toEqual({
      message: 'The header, row 1, column G, looks like a full card number',
      errors: { file: 'row 1, column G looks like a full card number' },
    });
    const named = await upload(exporter.id, CSV, '4111-1111-1111-1111.csv');
    expect(named.body.errors).toEqual({ file: 'looks like a full card number' });
    const mapping = await upload(exporter.id, CSV, 'invoices.csv', {
      mapping: '{"ignore":["\\u0034111111111111111"]}',
      save_mapping: 'true',
    });
    expect(mapping.body.errors).toEqual({ mapping: 'looks like a full card number' });
    await nothingStored(exporter.id);
    expect(await t.db('import_mappings').where({ exporter_id: exporter.id })).toEqual([]);
  });

  it('makes npm run import refuse the file, name the row and column, and store nothing', async () => {
    const exporter = await exporterFixture(t.db);
    const file = path.join(folder, 'invoices.csv');
    await writeFile(file, CSV);
    const refused = await run(
      process.execPath,
      ['--import', 'tsx', 'server/import/cli.ts', 'invoices', file, '--exporter', `${exporter.id}`],
      { env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent' } },
    ).catch((error) => error);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('1 error(s) in 1 row(s); nothing was imported');
    expect(refused.stdout).toContain(
      'row 3, column "Notes", value "…1111": looks like a full card number',
    );
    expect(refused.stdout).not.toContain('4111 1111');
    await nothingStored(exporter.id);
  });

  it('lets a file of ordinary references and dates through', async () => {
    const exporter = await exporterFixture(t.db);
    const csv = CSV.replace('paid by card 4111 1111 1111 1111', 'PO 4111.1111.1111.1112');
    const res = await upload(exporter.id, csv, 'invoices.csv');
    expect(res.status).toBe(201);
    const notes = await t.db('invoices').where({ exporter_id: exporter.id }).orderBy('number');
    expect(notes.map((invoice) => invoice.number)).toEqual(['1001', '1002', '1003']);
  });
});
