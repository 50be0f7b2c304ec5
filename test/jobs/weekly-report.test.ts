import ExcelJS from 'exceljs';
import { createMailer } from '../../jobs/mailer';
import { recordRun } from '../../jobs/record-run';
import { weeklyReport } from '../../jobs/weekly-report';
import { logger } from '../../server/logger';
import {
  buyerFixture,
  exporterFixture,
  insert,
  limitFixture,
  policyFixture,
} from '../helpers/fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
let smtp: SmtpSink;
let italian: { id: number };
let englishExporter: { id: number };

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpSink();
  italian = await exporterFixture(t.db, {
    name: 'Ceramiche Rossi',
    language: 'it',
    report_emails: ['crediti@ceramicherossi.example'],
  });
  englishExporter = await exporterFixture(t.db, { name: 'Olio Verde', language: 'en' });
  const buyer = await buyerFixture(t.db, { name: 'Harbor Foods Inc.' });
  const invoice = (
    exporter: number,
    number: string,
    date: string,
    amount: string,
    currency = 'USD',
  ) =>
    insert(t.db, 'invoices', {
      exporter_id: exporter,
      buyer_id: buyer.id,
      number,
      invoice_date: date,
      terms_days: 30,
      amount,
      currency,
    });
  const policy = await policyFixture(t.db);
  await limitFixture(
    t.db,
    { exporter_id: italian.id, buyer_id: buyer.id, policy_id: policy.id },
    '50000.00',
    '2026-01-01',
  );
  // The week of 2026-11-23 to 2026-11-29 is reported on Monday 2026-11-30. IT-000 (due
  // 2026-05-31) missed its overdue notice (2026-08-29) and its claim filing (2026-10-28).
  await invoice(italian.id, 'IT-000', '2026-05-01', '100.00');
  const old = await invoice(italian.id, 'IT-001', '2026-08-01', '1000.00');
  await invoice(italian.id, 'IT-002', '2026-11-24', '2500.00');
  await invoice(italian.id, 'IT-003', '2026-11-25', '800.00', 'CAD');
  await invoice(englishExporter.id, 'EN-001', '2026-11-26', '300.00');
  const check = await insert(t.db, 'payments', {
    exporter_id: italian.id,
    buyer_id: buyer.id,
    method: 'check',
    amount: '600.00',
    currency: 'USD',
    received_date: '2026-11-27',
    check_number: '4411',
    check_date: '2026-11-27',
  });
  await insert(t.db, 'allocations', { payment_id: check.id, invoice_id: old.id, amount: '600.00' });
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

async function readReport(exporterId: number) {
  const report = await t.db('reports').where({ exporter_id: exporterId, kind: 'weekly' }).first();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(report.content);
  return { report, workbook };
}

describe('weekly-report', () => {
  it('writes one workbook per exporter in its language, with totals that match the database', async () => {
    const outcome = await recordRun('weekly-report', weeklyReport, {
      db: t.db,
      asOf: '2026-11-30',
      logger,
      mailer: createMailer(smtp.url, 'reports@creditdesk.test'),
    });
    expect(outcome.counts).toEqual({ reports: 2, mailed: 1, failed: 0 });

    const { report, workbook } = await readReport(italian.id);
    expect(report).toMatchObject({
      period_start: '2026-11-23',
      period_end: '2026-11-29',
      language: 'it',
    });
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Riepilogo',
      'Fatture emesse',
      'Incassi',
      'Versamenti',
      'Fatture aperte',
      'Detrazioni',
      'Assegni post-datati',
      'Fidi assicurati',
      'Scadenze assicurative',
      'Sinistri',
    ]);
    const summary = workbook.getWorksheet('Riepilogo')!;
    expect(summary.getRow(1).values).toEqual(
      expect.arrayContaining(['Valuta', 'Crediti aperti', 'Scaduto']),
    );
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const usd = summary.getRow(3);
    expect(usd.getCell(1).value).toBe('USD');
    expect(usd.getCell(2).value).toBe(1); // one USD invoice issued in the week
    expect(usd.getCell(3).value).toBe(2500); // issued amount
    expect(usd.getCell(4).value).toBe(600); // collections
    expect(usd.getCell(3).numFmt).toBe('#,##0.00 "USD"');

    // Open receivables at week end, computed by the database independently of the report.
    const { rows } = await t.db.raw(
      `SELECT sum(f.open_balance) AS open FROM invoices i
         CROSS JOIN LATERAL invoice_figures(i, '2026-11-29') f
        WHERE i.exporter_id = ? AND i.currency = 'USD' AND f.open_balance > 0`,
      [italian.id],
    );
    expect(usd.getCell(5).value).toBe(Number(rows[0].open));
    expect(rows[0].open).toBe('3000.00');

    const open = workbook.getWorksheet('Fatture aperte')!;
    expect(open.getCell('A1').value).toBe('Fattura');
    // Sorted by currency, then due date: CAD's IT-003 first, then the USD invoices.
    expect([2, 3, 4, 5].map((n) => open.getRow(n).getCell(1).value)).toEqual([
      'IT-003',
      'IT-000',
      'IT-001',
      'IT-002',
    ]);
    const firstOpen = open.getRow(4);
    expect(firstOpen.getCell(3).value).toEqual(new Date('2026-08-01T00:00:00Z'));
    expect(firstOpen.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(firstOpen.getCell(6).value).toBe(400);
    expect(firstOpen.getCell(8).value).toBe(90); // due 2026-08-31, aged at 2026-11-29
    expect(firstOpen.getCell(9).value).toBe('61-90');
    const totals = [open.rowCount - 1, open.rowCount].map((n) => open.getRow(n));
    expect(totals.map((row) => row.getCell(1).value)).toEqual(['Totale CAD', 'Totale USD']);
    expect(totals[1].getCell(6).value).toBe(usd.getCell(5).value);
    expect(totals[0].getCell(6).value).toBe(800);

    // Codes read in the exporter's language: the check is an "Assegno".
    const collections = workbook.getWorksheet('Incassi')!;
    expect(collections.getRow(2).getCell(3).value).toBe('Assegno');
    expect(workbook.getWorksheet('Fidi assicurati')!.getRow(2).getCell(2).value).toBe('Approvato');

    const deadlines = workbook.getWorksheet('Scadenze assicurative')!;
    const missed = [];
    for (let n = 2; n <= deadlines.rowCount; n++) {
      const row = deadlines.getRow(n);
      if (row.getCell(6).value === 'SCADUTO')
        missed.push([row.getCell(1).value, row.getCell(2).value]);
    }
    expect(missed).toEqual([
      ["Avviso di mancato pagamento all'assicuratore", 'IT-000'],
      ['Denuncia di sinistro', 'IT-000'],
    ]);

    const { workbook: english } = await readReport(englishExporter.id);
    expect(english.worksheets.map((s) => s.name).slice(0, 3)).toEqual([
      'Summary',
      'Invoices issued',
      'Collections',
    ]);
    expect(english.getWorksheet('Summary')!.getCell('E1').value).toBe('Open receivables');
  });

  it('mailed the Italian report with its workbook attached, to the report address', () => {
    expect(smtp.messages).toHaveLength(1);
    const [{ to, mail }] = smtp.messages;
    expect(to).toEqual(['crediti@ceramicherossi.example']);
    expect(mail.subject).toBe('Relazione settimanale 2026-11-23 – 2026-11-29: Ceramiche Rossi');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].filename).toBe(
      'relazione-settimanale-ceramiche-rossi-2026-11-23.xlsx',
    );
    expect(mail.attachments[0].content.length).toBeGreaterThan(3000);
  });

  it('keeps one report per exporter and week, and mails it once, however often it runs', async () => {
    const again = await recordRun('weekly-report', weeklyReport, {
      db: t.db,
      asOf: '2026-12-02',
      logger,
      mailer: createMailer(smtp.url, 'reports@creditdesk.test'),
    });
    expect(again.counts).toEqual({ reports: 2, mailed: 0, failed: 0 });
    expect(await t.db('reports').where({ kind: 'weekly' }).count({ n: '*' })).toEqual([{ n: 2 }]);
    expect(smtp.messages).toHaveLength(1);
  });
});
