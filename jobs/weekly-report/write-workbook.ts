import ExcelJS from 'exceljs';
import type { Db } from '../../db/connection';
import { codeWord, LABELS, Language, Labels } from './labels';
import { bindings, Period, reportOpenSql, rows, summarySql, totalsSql } from './queries';
import { CellType, DETAIL_SHEETS, DetailSheet, SheetColumn } from './sheets';

const MONEY_FORMAT = (currency: string) => `#,##0.00 "${currency}"`;
const DATE_FORMAT = { en: 'yyyy-mm-dd', it: 'dd/mm/yyyy' } as const;
const HEADER_FONT = { bold: true };
const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFDCE6F1' },
};

/** A calendar date as Excel's date: midnight UTC, so the serial number is the exact day. */
const excelDate = (value: string) => new Date(`${value}T00:00:00Z`);

function cellValue(type: CellType, value: unknown, labels: Labels): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'date':
      return excelDate(String(value));
    // Excel keeps numbers as doubles; the decimal string from SQL is only converted here,
    // for display, and never used in arithmetic.
    case 'money':
    case 'decimal':
      return Number(value);
    case 'integer':
      return Number(value);
    case 'boolean':
      return value ? labels.yes : labels.no;
    case 'text':
      return String(value);
    default:
      return codeWord(labels, type, String(value));
  }
}

// One style object per number format, shared by every cell that shows it: exceljs's
// streaming writer recognises a style object it has seen and reuses its id, where a cell's
// own copy (even an empty one) would be serialised and looked up again for each of a
// hundred thousand rows. Shared, so frozen.
const sharedStyles = new Map<string, Partial<ExcelJS.Style>>();
function numberStyle(numFmt: string): Partial<ExcelJS.Style> {
  let style = sharedStyles.get(numFmt);
  if (!style) sharedStyles.set(numFmt, (style = Object.freeze({ numFmt })));
  return style;
}

const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

const moneyStyles = new Map<string, Partial<ExcelJS.Style>>();
function moneyStyle(currency: string): Partial<ExcelJS.Style> {
  let style = moneyStyles.get(currency);
  if (!style) moneyStyles.set(currency, (style = numberStyle(MONEY_FORMAT(currency))));
  return style;
}

function styleCell(cell: ExcelJS.Cell, type: CellType, currency: string, language: Language) {
  if (type === 'money') cell.style = moneyStyle(currency);
  else if (type === 'date') cell.style = numberStyle(DATE_FORMAT[language]);
  else cell.style = PLAIN;
}

function startSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  columns: SheetColumn[],
  labels: Labels,
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ key: c.key, header: c.header(labels), width: c.width }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = HEADER_FONT;
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  header.commit();
  return sheet;
}

function addRow(
  sheet: ExcelJS.Worksheet,
  columns: SheetColumn[],
  record: Record<string, unknown>,
  labels: Labels,
  language: Language,
) {
  const currency = String(record.currency ?? '');
  const row = sheet.addRow(columns.map((c) => cellValue(c.type, record[c.key], labels)));
  columns.forEach((c, index) => styleCell(row.getCell(index + 1), c.type, currency, language));
  row.commit();
}

async function writeDetail(
  db: Db,
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheetDef: DetailSheet,
  period: Period,
  language: Language,
) {
  const labels = LABELS[language];
  const sheet = startSheet(workbook, sheetDef.name(labels), sheetDef.columns, labels);
  const stream = db.raw(sheetDef.sql, bindings(period)).stream({ batchSize: 500 });
  for await (const record of stream) addRow(sheet, sheetDef.columns, record, labels, language);
  if (sheetDef.totalOf) {
    const totalColumn = sheetDef.columns.findIndex((c) => c.key === sheetDef.totalOf) + 1;
    const totals = await rows<{ currency: string; total: string }>(
      db,
      totalsSql(sheetDef.sql, sheetDef.totalOf),
      period,
    );
    for (const { currency, total } of totals) {
      const row = sheet.addRow([]);
      row.getCell(1).value = `${labels.total} ${currency}`;
      row.getCell(totalColumn).value = Number(total);
      row.getCell(totalColumn).numFmt = MONEY_FORMAT(currency);
      row.font = HEADER_FONT;
      row.commit();
    }
  }
  sheet.commit();
}

const SUMMARY_COLUMNS: SheetColumn[] = [
  { key: 'currency', header: (l) => l.currency, type: 'text', width: 10 },
  { key: 'issued_count', header: (l) => l.issuedCount, type: 'integer', width: 14 },
  { key: 'issued_amount', header: (l) => l.issuedAmount, type: 'money', width: 18 },
  { key: 'collected', header: (l) => l.collected, type: 'money', width: 18 },
  { key: 'open_receivables', header: (l) => l.openReceivables, type: 'money', width: 18 },
  { key: 'overdue', header: (l) => l.overdue, type: 'money', width: 18 },
  ...(['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120'] as const).map((bucket) => ({
    key: bucket,
    header: (l: Labels) => l.buckets[bucket],
    type: 'money' as const,
    width: 16,
  })),
  { key: 'dso', header: (l) => l.dso, type: 'decimal', width: 14 },
];

/**
 * Writes the weekly report with exceljs's streaming writer: rows go to the file as they
 * come from the database, so a large exporter never sits whole in memory.
 */
export async function writeWeeklyWorkbook(
  db: Db,
  file: string,
  period: Period,
  language: Language,
  exporterName: string,
) {
  // One snapshot for the whole report, so every sheet sees the same book; it also holds
  // report_open, the exporter's open invoices with their figures, for the sheets to share.
  return db.transaction(
    async (trx) => {
      // Room to sort a large exporter's sheets in memory rather than on disk.
      await trx.raw(`SET LOCAL work_mem = '64MB'`);
      await trx.raw(reportOpenSql, bindings(period));
      await trx.raw('ANALYZE report_open');
      return writeSheets(trx, file, period, language, exporterName);
    },
    { isolationLevel: 'repeatable read' },
  );
}

async function writeSheets(
  db: Db,
  file: string,
  period: Period,
  language: Language,
  exporterName: string,
) {
  const labels = LABELS[language];
  // Fast compression: a largest exporter's sheets are a hundred megabytes of XML, and on a
  // small machine zlib's default level costs more time than the smaller file is worth.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    zip: { zlib: { level: 1 } },
  });
  workbook.creator = 'Creditdesk';
  const summary = startSheet(workbook, labels.sheets.summary, SUMMARY_COLUMNS, labels);
  const summaryRows = await rows(db, summarySql, period);
  for (const record of summaryRows) addRow(summary, SUMMARY_COLUMNS, record, labels, language);
  const footer = summary.addRow([]);
  footer.commit();
  const caption = summary.addRow([
    `${labels.title}: ${exporterName}`,
    `${labels.week} ${period.start} – ${period.end}`,
  ]);
  caption.commit();
  summary.commit();
  for (const sheet of DETAIL_SHEETS) await writeDetail(db, workbook, sheet, period, language);
  await workbook.commit();
  return { summary: summaryRows };
}
