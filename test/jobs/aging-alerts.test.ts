import { agingAlerts } from '../../jobs/aging-alerts';
import { recordRun } from '../../jobs/record-run';
import { logger } from '../../server/logger';
import { buyerFixture, exporterFixture, insert } from '../helpers/fixtures';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const exporter = await exporterFixture(t.db, { name: 'Vini Bianchi' });
  const buyer = await buyerFixture(t.db, { name: 'Lakeside Grocers Inc.' });
  const ids = { exporter_id: exporter.id, buyer_id: buyer.id };
  // 45 days past due on 2026-03-17; the other falls due in three days.
  await insert(t.db, 'invoices', {
    ...ids,
    number: 'VB-100',
    invoice_date: '2026-01-01',
    due_date: '2026-01-31',
    amount: '1000.00',
    currency: 'USD',
  });
  await insert(t.db, 'invoices', {
    ...ids,
    number: 'VB-200',
    invoice_date: '2026-02-18',
    due_date: '2026-03-20',
    amount: '250.00',
    currency: 'USD',
  });
  await insert(t.db, 'payments', {
    ...ids,
    method: 'check',
    amount: '300.00',
    currency: 'USD',
    received_date: '2026-03-01',
    check_number: '7781',
    check_date: '2026-03-15',
  });
  // Notice due 2026-03-15 (late on the 17th) and 2026-03-18 (due within two days).
  await insert(t.db, 'purchase_orders', {
    ...ids,
    number: 'PO-1',
    received_date: '2026-03-08',
    amount: '5000.00',
    currency: 'USD',
  });
  await insert(t.db, 'purchase_orders', {
    ...ids,
    number: 'PO-2',
    received_date: '2026-03-11',
    amount: '7000.00',
    currency: 'USD',
  });
});
afterAll(() => t.drop());

const run = () => recordRun('aging-alerts', agingAlerts, { db: t.db, asOf: '2026-03-17', logger });

describe('aging-alerts', () => {
  it("creates the day's reminders, reviews and alerts for a fixed date", async () => {
    const outcome = await run();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.counts).toEqual({
      reminders: 2,
      reminded_invoices: 2,
      reviews_entered: 1,
      review_alerts: 1,
      checks_depositable: 1,
      po_notices_due: 1,
      po_notices_late: 1,
    });
    const reminders = await t
      .db('reminders')
      .join('dunning_levels', 'dunning_levels.id', 'reminders.dunning_level_id')
      .select('dunning_levels.offset_days', 'reminders.total_open', 'reminders.status')
      .orderBy('dunning_levels.offset_days');
    // VB-200 gets the friendly reminder a week before; VB-100 the +30 level it has reached.
    expect(reminders).toEqual([
      { offset_days: -7, total_open: '250.00', status: 'to_do' },
      { offset_days: 30, total_open: '1000.00', status: 'to_do' },
    ]);
    const review = await t
      .db('reviews')
      .join('invoices', 'invoices.id', 'reviews.invoice_id')
      .first('invoices.number', 'reviews.entered_date', 'reviews.decision');
    expect(review).toEqual({ number: 'VB-100', entered_date: '2026-03-17', decision: null });
    const alerts = await t.db('alerts').select('kind', 'due_date', 'message').orderBy('kind');
    expect(alerts).toEqual([
      {
        kind: 'check_depositable',
        due_date: '2026-03-15',
        message: 'Post-dated check 7781 of 300.00 USD can be deposited from 2026-03-15',
      },
      {
        kind: 'po_notice_due',
        due_date: '2026-03-18',
        message: 'Tell the exporter about PO PO-2 (Lakeside Grocers Inc.) by 2026-03-18',
      },
      {
        kind: 'po_notice_late',
        due_date: '2026-03-15',
        message:
          'Tell the exporter about PO PO-1 (Lakeside Grocers Inc.): it was due on 2026-03-15',
      },
      {
        kind: 'review_due',
        due_date: '2026-03-17',
        message: 'Invoice VB-100 is 45 days past due: review it with the exporter',
      },
    ]);
  });

  it('adds nothing when the same day runs again', async () => {
    const again = await run();
    expect(Object.values(again.counts ?? {}).every((n) => n === 0)).toBe(true);
    expect(await t.db('alerts').count({ n: '*' })).toEqual([{ n: 4 }]);
    expect(await t.db('reminders').count({ n: '*' })).toEqual([{ n: 2 }]);
    const runs = await t.db('job_runs').where({ job: 'aging-alerts' }).select('status');
    expect(runs).toEqual([{ status: 'succeeded' }, { status: 'succeeded' }]);
  });
});
