import { agingAlerts } from '../../jobs/aging-alerts';
import { recordRun } from '../../jobs/record-run';
import { logger } from '../../server/logger';
import { exporterFixture } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';

// A first night over a book nobody has chased yet makes reminders and reviews by the
// thousand, written a batch at a time: more than one batch of each here.
const BUYERS = 2100;
const INVOICES = 5200;

let t: TestApp;
let exporterId: number;
beforeAll(async () => {
  t = await createTestApp();
  exporterId = (await exporterFixture(t.db, { language: 'en' })).id;
  await t.db.raw(
    `INSERT INTO buyers (name, country)
     SELECT 'Volume Buyer ' || g, 'US' FROM generate_series(1, ?::integer) g`,
    [BUYERS],
  );
  // Buyer n takes invoices n, n + 2100 and (for the first thousand) n + 4200, each for
  // n.25 dollars more than a thousand, all due on 2026-01-31.
  await t.db.raw(
    `INSERT INTO invoices (exporter_id, buyer_id, number, invoice_date, due_date, amount,
                           currency)
     SELECT ?, b.id, 'VOL-' || g, '2026-01-01', '2026-01-31', 1000.25 + b.n, 'USD'
       FROM generate_series(1, ?::integer) g
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM buyers
              WHERE name LIKE 'Volume Buyer %') b ON b.n = 1 + (g - 1) % ?`,
    [exporterId, INVOICES, BUYERS],
  );
});
afterAll(() => t.drop());

const run = () => recordRun('aging-alerts', agingAlerts, { db: t.db, asOf: '2026-03-31', logger });
const one = async (sql: string) => (await t.db.raw(sql)).rows[0];

describe('aging-alerts over thousands of invoices', () => {
  it('writes one reminder per buyer listing its own invoices, and reviews every invoice', async () => {
    const outcome = await run();
    expect(outcome.status).toBe('succeeded');
    expect(outcome.counts).toMatchObject({
      reminders: BUYERS,
      reminded_invoices: INVOICES,
      reviews_entered: INVOICES,
      review_alerts: INVOICES,
    });
    // Each reminder's total is the sum of its lines, and its letter names each invoice.
    expect(
      await one(`SELECT count(*)::integer AS reminders,
                        count(*) FILTER (WHERE r.total_open <> l.total)::integer AS wrong_total,
                        count(*) FILTER (WHERE l.unnamed > 0)::integer AS unnamed
                   FROM reminders r
                   JOIN (SELECT ri.reminder_id, sum(ri.open_balance) AS total,
                                count(*) FILTER (WHERE position(i.number IN r2.body) = 0)
                                  AS unnamed
                           FROM reminder_invoices ri
                           JOIN invoices i ON i.id = ri.invoice_id
                           JOIN reminders r2 ON r2.id = ri.reminder_id
                          GROUP BY ri.reminder_id) l ON l.reminder_id = r.id`),
    ).toEqual({ reminders: BUYERS, wrong_total: 0, unnamed: 0 });
    // A reminder's invoices are all its buyer's.
    expect(
      await one(`SELECT count(*)::integer AS strays FROM reminder_invoices ri
                   JOIN reminders r ON r.id = ri.reminder_id
                   JOIN invoices i ON i.id = ri.invoice_id
                  WHERE i.buyer_id <> r.buyer_id`),
    ).toEqual({ strays: 0 });
    // Buyer 1 has three invoices of 1,001.25: 3,003.75 on one letter, in English.
    const first = await t
      .db('reminders as r')
      .join('buyers as b', 'b.id', 'r.buyer_id')
      .where('b.name', 'Volume Buyer 1')
      .first('r.total_open', 'r.body', 'r.subject');
    expect(first.total_open).toBe('3003.75');
    expect(first.body).toContain('3,003.75');
    expect(first.body.match(/1,001\.25 USD/g)).toHaveLength(3);
    expect(first.subject).toBeTruthy();

    // One audit row per reminder and per review, holding the record as written.
    const audits = await t
      .db('audit_log')
      .whereIn('resource', ['reminders', 'reviews'])
      .groupBy('resource')
      .orderBy('resource')
      .select('resource', t.db.raw('count(*)::integer AS n'));
    expect(audits).toEqual([
      { resource: 'reminders', n: BUYERS },
      { resource: 'reviews', n: INVOICES },
    ]);
    const audited = await one(`SELECT a.after, a.action FROM audit_log a
                                  JOIN reminders r ON r.id::text = a.record_id
                                 WHERE a.resource = 'reminders' AND r.total_open = 3003.75`);
    expect(audited.action).toBe('create');
    expect(audited.after).toMatchObject({ total_open: '3003.75', body: first.body });
  });

  it('adds nothing when the night runs again', async () => {
    const again = await run();
    expect(again.counts).toMatchObject({ reminders: 0, reviews_entered: 0, review_alerts: 0 });
    expect(await one('SELECT count(*)::integer AS n FROM reminders')).toEqual({ n: BUYERS });
    expect(await one('SELECT count(*)::integer AS n FROM reviews')).toEqual({ n: INVOICES });
  });
});
