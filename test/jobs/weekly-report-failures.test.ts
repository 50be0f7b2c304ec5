import { createMailer } from '../../jobs/mailer';
import { recordRun } from '../../jobs/record-run';
import { weeklyReport } from '../../jobs/weekly-report';
import { logger } from '../../server/logger';
import { exporterFixture } from '../helpers/fixtures';
import { startSmtpSink, SmtpSink } from '../helpers/smtp-sink';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
let smtp: SmtpSink;
beforeAll(async () => {
  t = await createTestDatabase();
  smtp = await startSmtpSink({ reject: ['nobody@gone.example'] });
  await exporterFixture(t.db, { name: 'Alpha Tessuti', report_emails: ['nobody@gone.example'] });
  await exporterFixture(t.db, { name: 'Beta Marmi', report_emails: ['crediti@betamarmi.example'] });
});
afterAll(async () => {
  await smtp.close();
  await t.drop();
});

describe('weekly-report when one exporter fails', () => {
  it('records the failure and still reports and mails the others', async () => {
    const outcome = await recordRun('weekly-report', weeklyReport, {
      db: t.db,
      asOf: '2026-11-30',
      logger,
      mailer: createMailer(smtp.url, 'reports@creditdesk.test'),
    });
    expect(outcome.counts).toEqual({ reports: 1, mailed: 1, failed: 1 });
    expect(outcome.status).toBe('failed');
    const [run] = await t.db('job_runs').where({ job: 'weekly-report' });
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/^Alpha Tessuti: .*nobody@gone\.example/);
    expect(smtp.messages.map((m) => m.to)).toEqual([['crediti@betamarmi.example']]);
    // The failed exporter's workbook is kept, unmailed, for the next run to send.
    const reports = await t
      .db('reports')
      .join('exporters', 'exporters.id', 'reports.exporter_id')
      .select('exporters.name', 'reports.mailed_at')
      .orderBy('exporters.name');
    expect(reports.map((r) => [r.name, r.mailed_at === null])).toEqual([
      ['Alpha Tessuti', true],
      ['Beta Marmi', false],
    ]);
  });
});
