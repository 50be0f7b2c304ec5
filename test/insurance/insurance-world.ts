import ExcelJS from 'exceljs';
import type { TestApp } from '../helpers/test-app';
import { buyerFixture, exporterFixture, insert, policyFixture } from '../helpers/fixtures';

type Row = Record<string, any>;

/** An exporter, a buyer and a policy (MEP 60 / notice 30 / claim 90 unless overridden). */
export async function insuredPair(t: TestApp, policy: Row = {}, buyer: Row = {}) {
  const exporterRow = await exporterFixture(t.db);
  const buyerRow = await buyerFixture(t.db, buyer);
  const policyRow = await policyFixture(t.db, policy);
  return { exporter_id: exporterRow.id, buyer_id: buyerRow.id, policy_id: policyRow.id };
}

export type Pair = Awaited<ReturnType<typeof insuredPair>>;

/** A pending limit request, created through the API as a clerk would. */
export async function limitRequest(t: TestApp, pair: Pair, amount: string, date: string) {
  const res = await t.api.post('/api/limit_requests').send({
    ...pair,
    requested_amount: amount,
    currency: 'USD',
    request_date: date,
    terms_days: 60,
  });
  expect(res.status).toBe(201);
  return res.body as Row;
}

export const invoice = (t: TestApp, pair: Pair, values: Row) =>
  insert(t.db, 'invoices', {
    exporter_id: pair.exporter_id,
    buyer_id: pair.buyer_id,
    currency: 'USD',
    ...values,
  });

/** GET a list with react-admin's JSON query parameters. */
export const list = (t: TestApp, resource: string, filter: Row, sort?: [string, string]) =>
  t.api.get(`/api/${resource}`).query({
    filter: JSON.stringify(filter),
    ...(sort ? { sort: JSON.stringify(sort) } : {}),
  });

/** Downloads a workbook and opens it with exceljs, as the insurer would. */
export async function downloadWorkbook(t: TestApp, path: string): Promise<ExcelJS.Workbook> {
  const res = await t.api
    .get(path)
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/spreadsheetml/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.body);
  return workbook;
}

/** A sheet's rows as arrays of cell values, header first. */
export function sheetRows(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

export const count = async (t: TestApp, table: string, where: Row = {}) =>
  Number((await t.db(table).where(where).count({ n: '*' }))[0].n);
