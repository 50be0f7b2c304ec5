import { DEMO_DATA_MARKER, loadDemoData } from '../../db/seeds/demo';
import { exporterFixture } from '../helpers/fixtures';
import { createTestApp, TestApp } from '../helpers/test-app';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

const BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120'];
const TABLES = [
  'exporters',
  'buyers',
  'policies',
  'premiums',
  'purchase_orders',
  'limit_requests',
  'limit_decisions',
  'invoices',
  'payments',
  'allocations',
  'deductions',
  'deposits',
  'claims',
  'claim_invoices',
  'dunning_levels',
  'dunning_texts',
  'collection_agencies',
  'settings',
];

async function rowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ count }] = await t.db(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoData(t.db);
}, 60_000);
afterAll(() => t.drop());

describe('the demo data', () => {
  it('has three exporters, two of them Italian, all reading Italian but one', async () => {
    const exporters = await t.db('exporters').orderBy('id').select('name', 'country', 'language');
    expect(exporters).toEqual([
      { name: 'Calzaturificio Riviera del Brenta', country: 'IT', language: 'it' },
      { name: 'Frantoio Colli Iblei', country: 'IT', language: 'en' },
      { name: 'Torrefazione Ceresio', country: 'CH', language: 'it' },
    ]);
  });

  it('has thirty buyers in the US and Canada, each with a tax id and a city', async () => {
    const { rows } = await t.db.raw(
      'SELECT country, count(*)::integer AS n FROM buyers GROUP BY country ORDER BY country',
    );
    expect(rows).toEqual([
      { country: 'CA', n: 9 },
      { country: 'US', n: 21 },
    ]);
    const incomplete = await t
      .db('buyers')
      .whereNull('tax_id')
      .orWhereNull('city')
      .count({ n: '*' });
    expect(Number(incomplete[0].n)).toBe(0);
    const montreal = await t.db('buyers').where({ name: 'Chaussures Mont-Royal inc.' }).first();
    expect(montreal).toMatchObject({ country: 'CA', region: 'QC', language: 'fr' });
  });

  it('has one policy with the typical terms', async () => {
    const { body } = await t.api.get('/api/policies');
    expect(body).toHaveLength(1);
    expect(body[0]).toMatchObject({
      mep_days: 60,
      overdue_notice_days: 30,
      claim_filing_days: 90,
      waiting_period_days: 150,
      insured_percent: '90.00',
      max_credit_days: 120,
      premium_rate: '0.2500',
      min_premium: '7500.00',
    });
  });

  it('shows limit decisions in full, in part, declined with a reason and still pending', async () => {
    const statuses = await t.db('limit_requests').distinct('status').pluck('status');
    expect(statuses).toEqual(
      expect.arrayContaining(['approved', 'partial', 'declined', 'pending', 'reduced']),
    );
    const declined = await t.db('limit_decisions').where({ decision: 'declined' });
    expect(declined.length).toBeGreaterThan(0);
    for (const decision of declined) expect(decision.reason).toEqual(expect.any(String));
    const pending = await t.db('limit_requests').where({ status: 'pending' }).pluck('id');
    expect(await t.db('limit_decisions').whereIn('limit_request_id', pending)).toEqual([]);
  });

  it('mirrors the latest decision on each limit request and keeps the earlier ones', async () => {
    const mismatches = await t.db.raw(`
      SELECT r.id FROM limit_requests r
        JOIN LATERAL (SELECT * FROM limit_decisions d WHERE d.limit_request_id = r.id
                       ORDER BY d.decision_date DESC, d.id DESC LIMIT 1) latest ON true
       WHERE r.status <> latest.decision OR r.granted_amount <> latest.granted_amount
          OR r.decision_date <> latest.decision_date`);
    expect(mismatches.rows).toEqual([]);
    const cut = await t
      .db('limit_decisions as d')
      .join('limit_requests as r', 'r.id', 'd.limit_request_id')
      .join('buyers as b', 'b.id', 'r.buyer_id')
      .where('b.name', 'Lone Star Boot & Shoe LLC')
      .orderBy('d.decision_date')
      .select('d.decision', 'd.granted_amount');
    expect(cut).toEqual([
      { decision: 'approved', granted_amount: '50000.00' },
      { decision: 'reduced', granted_amount: '20000.00' },
    ]);
  });

  it('ties each limit request to its PO; one pending is past the one-week promise, one near', async () => {
    const [{ n }] = await t
      .db('limit_requests as r')
      .leftJoin('limit_request_orders as o', 'o.limit_request_id', 'r.id')
      .whereNull('o.purchase_order_id')
      .count({ n: '*' });
    expect(Number(n)).toBe(0);
    const { body } = await t.api
      .get('/api/purchase_orders')
      .query({ sort: '["notify_by","DESC"]' });
    expect(body[0].season).toMatch(/^(FW|SS) \d{4}$/);
    const { rows: promised } = await t.db.raw(`
      SELECT po.notify_by >= current_date AS still_in_time
        FROM purchase_orders po
        JOIN limit_request_orders o ON o.purchase_order_id = po.id
        JOIN limit_requests r ON r.id = o.limit_request_id
       WHERE r.status = 'pending' ORDER BY po.notify_by`);
    expect(promised).toEqual([{ still_in_time: false }, { still_in_time: true }]);
  });

  it('has told the exporters of every decided request, so only the two pending POs are watched', async () => {
    const { body } = await t.api
      .get('/api/promise_watch')
      .query({ sort: '["notify_by","ASC"]', range: '[0,99]' });
    expect(body.map((row: { state: string }) => row.state)).toEqual(['late', 'due_soon']);
    const { rows: decidedUntold } = await t.db.raw(`
      SELECT r.id FROM limit_requests r
       WHERE r.status <> 'pending' AND NOT EXISTS (
         SELECT 1 FROM exporter_notifications n WHERE n.limit_request_id = r.id)`);
    expect(decidedUntold).toEqual([]);
  });

  it('fills every aging bucket in USD and in CAD as of today', async () => {
    for (const currency of ['USD', 'CAD']) {
      const { body, status } = await t.api
        .get('/api/aging')
        .query({ filter: JSON.stringify({ currency }), range: '[0,99]' });
      expect(status).toBe(200);
      const empty = BUCKETS.filter(
        (bucket) => !body.some((row: Record<string, string>) => row[bucket] !== '0.00'),
      );
      expect({ currency, empty }).toEqual({ currency, empty: [] });
    }
  });

  it('keeps a post-dated check undeposited, a wire partly unapplied, a card by its last 4 digits', async () => {
    const { body: payments } = await t.api.get('/api/payments').query({ range: '[0,99]' });
    const postDated = payments.filter((p: Record<string, unknown>) => p.post_dated);
    expect(postDated).toHaveLength(1);
    expect(postDated[0]).toMatchObject({
      method: 'check',
      deposit_id: null,
      unapplied_amount: '5920.00',
    });
    const wire = payments.find((p: Record<string, unknown>) =>
      p.reference?.toString().startsWith('FEDWIRE IMAD 1124'),
    );
    expect(wire).toMatchObject({
      amount: '27950.00',
      applied_amount: '27450.00',
      unapplied_amount: '500.00',
    });
    const card = payments.find((p: Record<string, unknown>) => p.method === 'card');
    expect(card).toMatchObject({ card_last4: '1881', card_fee: '94.70', unapplied_amount: '0.00' });
    expect(payments.map((p: Record<string, unknown>) => p.method)).toEqual(
      expect.arrayContaining(['check', 'wire', 'ach', 'card']),
    );
  });

  it('keeps partial payments open for the rest and deductions with their reason codes', async () => {
    const partial = await t.db('invoice_list').where({ amount: '36250.00' }).first();
    expect(partial).toMatchObject({ paid_amount: '20000.00', open_balance: '16250.00' });
    const deductions = await t
      .db('deductions')
      .orderBy('id')
      .select('reason_code', 'status', 'amount');
    expect(deductions).toEqual([
      { reason_code: 'damaged_goods', status: 'open', amount: '750.00' },
      { reason_code: 'co_op_advertising', status: 'written_off', amount: '760.00' },
      { reason_code: 'promotional_allowance', status: 'valid', amount: '420.00' },
      { reason_code: 'shortage', status: 'disputed', amount: '315.00' },
    ]);
    const shortPaid = await t.db('invoice_list').where({ amount: '12400.00' }).first();
    expect(shortPaid).toMatchObject({ open_balance: '750.00', disputed_amount: '750.00' });
  });

  it('holds three checks in one deposit, none of them dated after it', async () => {
    const { body } = await t.api.get('/api/deposits').query({ sort: '["check_count","DESC"]' });
    expect(body[0]).toMatchObject({ check_count: 3, total: '46090.00', currency: 'USD' });
    const late = await t
      .db('payments as p')
      .join('deposits as d', 'd.id', 'p.deposit_id')
      .whereRaw('p.check_date > d.deposit_date')
      .count({ n: '*' });
    expect(Number(late[0].n)).toBe(0);
  });

  it('has a claim filed before its deadline for the whole open balance of an insured invoice', async () => {
    const {
      body: [claim],
    } = await t.api.get('/api/claims');
    expect(claim).toMatchObject({ status: 'filed', claimed_amount: '14350.00', currency: 'USD' });
    const [invoice] = await t
      .db('claim_invoices as c')
      .join('invoice_list as i', 'i.id', 'c.invoice_id')
      .where('c.claim_id', claim.id)
      .select('i.insured', 'i.open_balance', 'i.claim_due', 'i.aging_bucket');
    expect(invoice).toMatchObject({
      insured: true,
      open_balance: '14350.00',
      aging_bucket: 'over_120',
    });
    expect(claim.filed_date <= invoice.claim_due).toBe(true);
  });

  it('sets up the default dunning levels with their texts in four languages and an agency', async () => {
    const levels = await t.db('dunning_levels').whereNull('exporter_id').orderBy('level');
    expect(levels.map((level) => level.offset_days)).toEqual([-7, 1, 15, 30]);
    const languages = await t
      .db('dunning_texts')
      .distinct('language')
      .orderBy('language')
      .pluck('language');
    // The collections migration brings Spanish texts too; the demo adds none it already has.
    expect(languages).toEqual(['en', 'es', 'fr', 'it']);
    const [{ n }] = await t.db('dunning_texts').count({ n: '*' });
    expect(Number(n)).toBe(16);
    expect(await t.db('collection_agencies').pluck('name')).toEqual([
      'Meridian Commercial Recovery LLC',
    ]);
  });

  it('adds nothing when loaded a second time', async () => {
    const before = await rowCounts(t);
    expect(await loadDemoData(t.db)).toEqual({ loaded: false, reason: 'already-loaded' });
    expect(await rowCounts(t)).toEqual(before);
    const marker = await t.db('settings').where({ key: DEMO_DATA_MARKER }).first();
    expect(marker.value.counts.invoices).toBe(before.invoices);
    const audit = await t
      .db('audit_log')
      .where({ resource: 'settings' })
      .select('record_id', 'action');
    expect(audit).toEqual([{ record_id: DEMO_DATA_MARKER, action: 'create' }]);
  });
});

// One more database, taken through the cases in turn: each CREATE DATABASE costs seconds
// on a busy shared server.
describe('demo data on a database of its own', () => {
  let other: TestDatabase;
  beforeAll(async () => {
    other = await createTestDatabase();
  }, 60_000);
  afterAll(() => other.drop());

  it('is loaded once when two servers start on the same new database at the same moment', async () => {
    const outcomes = await Promise.all([
      loadDemoData(other.db, { today: '2025-02-10' }),
      loadDemoData(other.db, { today: '2025-02-10' }),
    ]);
    expect(outcomes.map((outcome) => outcome.loaded).sort()).toEqual([false, true]);
    expect(await other.db('exporters').count({ n: '*' })).toEqual([{ n: 3 }]);
  });

  it('is dated from the day it is loaded, so its aging means the same on any day', async () => {
    const { rows } = await other.db.raw(`
      SELECT currency, ${BUCKETS.map((b) => `sum(${b}) > 0 AS ${b}`).join(', ')}
        FROM aging_report('2025-02-10') GROUP BY currency ORDER BY currency`);
    const everyBucket = Object.fromEntries(BUCKETS.map((bucket) => [bucket, true]));
    expect(rows).toEqual([
      { currency: 'CAD', ...everyBucket },
      { currency: 'USD', ...everyBucket },
    ]);
    const claim = await other.db('claims').first();
    expect(claim.filed_date).toBe('2025-01-29');
  });

  it('leaves a database that holds exporters but no marker alone', async () => {
    await other.db('settings').where({ key: DEMO_DATA_MARKER }).delete();
    await exporterFixture(other.db, { name: 'Real Exporter S.p.A.' });
    expect(await loadDemoData(other.db)).toEqual({ loaded: false, reason: 'database-has-data' });
    expect(await other.db('exporters').count({ n: '*' })).toEqual([{ n: 4 }]);
    expect(await other.db('settings').where({ key: DEMO_DATA_MARKER })).toEqual([]);
  });
});
