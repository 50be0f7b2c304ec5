import { claimDeadlines } from '../../jobs/claim-deadlines';
import { recordRun } from '../../jobs/record-run';
import { logger } from '../../server/logger';
import {
  buyerFixture,
  exporterFixture,
  insert,
  limitFixture,
  policyFixture,
} from '../helpers/fixtures';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
let exporterId: number;
beforeAll(async () => {
  t = await createTestDatabase();
  const exporter = await exporterFixture(t.db);
  const buyer = await buyerFixture(t.db);
  const policy = await policyFixture(t.db);
  exporterId = exporter.id;
  await limitFixture(
    t.db,
    { exporter_id: exporter.id, buyer_id: buyer.id, policy_id: policy.id },
    '90000.00',
    '2024-06-01',
  );
  const invoice = (number: string, invoiceDate: string, terms: number) =>
    insert(t.db, 'invoices', {
      exporter_id: exporter.id,
      buyer_id: buyer.id,
      number,
      invoice_date: invoiceDate,
      terms_days: terms,
      amount: '1000.00',
      currency: 'USD',
    });
  // Due 2025-03-02: MEP 2025-05-01, notice by 2025-05-31, claim by 2025-07-30.
  await invoice('WORKED', '2025-01-01', 60);
  // Due 2025-01-31: notice by 2025-05-01 (missed on 2025-05-25), claim by 2025-06-30.
  await invoice('EARLIER', '2025-01-01', 30);
  // Due 2025-05-01: deadlines far away.
  await invoice('LATER', '2025-04-01', 30);
});
afterAll(() => t.drop());

const run = (asOf: string) =>
  recordRun('claim-deadlines', claimDeadlines(14), { db: t.db, asOf, logger });

describe('claim-deadlines', () => {
  it('raises the notices due within 14 days and marks the missed ones, once', async () => {
    const first = await run('2025-05-25');
    expect(first.counts).toMatchObject({
      overdue_notice_due: 1,
      overdue_notice_missed: 1,
      claim_filing_due: 0,
      claim_filing_missed: 0,
    });
    const alerts = await t
      .db('alerts')
      .join('invoices', 'invoices.id', 'alerts.invoice_id')
      .select('alerts.kind', 'alerts.due_date', 'invoices.number')
      .orderBy('invoices.number');
    expect(alerts).toEqual([
      { kind: 'overdue_notice_missed', due_date: '2025-05-01', number: 'EARLIER' },
      { kind: 'overdue_notice_due', due_date: '2025-05-31', number: 'WORKED' },
    ]);
    const second = await run('2025-05-25');
    expect(Object.values(second.counts ?? {}).every((n) => n === 0)).toBe(true);
    expect(await t.db('alerts').count({ n: '*' })).toEqual([{ n: 2 }]);
    const runs = await t.db('job_runs').where({ job: 'claim-deadlines' }).orderBy('id');
    expect(runs.map((r) => [r.status, r.counts.overdue_notice_due])).toEqual([
      ['succeeded', 1],
      ['succeeded', 0],
    ]);
  });

  it('treats a notice sent to the insurer as done while its claim deadline still comes', async () => {
    const worked = await t
      .db('invoices')
      .where({ number: 'WORKED', exporter_id: exporterId })
      .first();
    await insert(t.db, 'insurer_notices', {
      kind: 'overdue',
      invoice_id: worked.id,
      notice_date: '2025-05-28',
    });
    const later = await run('2025-07-20');
    // WORKED: notice sent, claim due 07-30. EARLIER: claim missed (06-30). LATER: notice by 07-30.
    expect(later.counts).toMatchObject({
      overdue_notice_due: 1,
      overdue_notice_missed: 0,
      claim_filing_due: 1,
      claim_filing_missed: 1,
    });
    const noticeFor = await t
      .db('alerts')
      .join('invoices', 'invoices.id', 'alerts.invoice_id')
      .where({ 'alerts.kind': 'overdue_notice_due', 'alerts.raised_on': '2025-07-20' })
      .first('invoices.number');
    expect(noticeFor.number).toBe('LATER');
    const claimAlert = await t
      .db('alerts')
      .where({ invoice_id: worked.id, kind: 'claim_filing_due' })
      .first();
    expect(claimAlert).toMatchObject({ due_date: '2025-07-30', raised_on: '2025-07-20' });
    expect(claimAlert.message).toBe('Claim filing for invoice WORKED is due by 2025-07-30');
  });
});
