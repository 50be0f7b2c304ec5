import { resources } from '../../server/resources';
import { twoExporterWorlds } from '../helpers/exporter-world';
import { Agent, createTestApp, TestApp, UserAgent } from '../helpers/test-app';
import { EXPECTED_ROWS, FORBIDDEN_TO_EXPORTERS } from './expected-rows';

let t: TestApp;
let exporterA: number;
let exporterB: number;
let asA: Agent;
let asStaff: UserAgent;
let sharedPolicy: number;

beforeAll(async () => {
  t = await createTestApp();
  const { shared, mine, theirs } = await twoExporterWorlds(t.db);
  sharedPolicy = shared.policyId;
  exporterA = mine.exporter.id;
  exporterB = theirs.exporter.id;
  // The default dunning sequence (seeded by its migration, with its texts) belongs to no
  // exporter: no exporter user sees it.
  const defaults = await t.db('dunning_levels').whereNull('exporter_id').pluck('id');
  expect(defaults.length).toBeGreaterThan(0);
  expect(await t.db('dunning_texts').whereIn('dunning_level_id', defaults)).not.toEqual([]);
  expect((await t.api.post('/api/buyers').send({ name: 'Audited Buyer Inc.' })).status).toBe(201);
  asA = await t.loginAs('exporter', exporterA);
  asStaff = await t.loginAs('staff');
});
afterAll(() => t.drop());

const names = resources.map((resource) => resource.name);
const scoped = names.filter((name) => !FORBIDDEN_TO_EXPORTERS.includes(name));

const list = (agent: Agent, resource: string, query: Record<string, unknown>) =>
  agent
    .get(`/api/${resource}`)
    .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)])));

const sorted = (ids: unknown[]) => ids.map(String).sort();
const declared = (name: string) => resources.find((r) => r.name === name)!;
/** Ids as the API takes them in a filter: numbers, except the composite text ids of reports. */
const wire = (resource: string, ids: string[]) =>
  declared(resource).columns.id.type === 'id' ? ids.map(Number) : ids;

/** What a resource reads from, in SQL: its view or table, or its function called for today. */
function sourceOf(name: string): string {
  const { source } = declared(name);
  if (typeof source === 'string') return source;
  const calls: Record<string, string> = {
    aging: 'aging_report(current_date)',
    exposures: 'exposure_report(current_date)',
    buyer_exposures: 'buyer_exposure_report(current_date)',
    promise_watch: 'promise_watch(current_date)',
    deadlines: 'deadline_report(current_date)',
    post_dated_checks: 'post_dated_checks(current_date)',
    exporter_notices: 'exporter_notices(current_date)',
    premium_calculations: `premium_calculation(${sharedPolicy}, '2026-01-01', '2026-12-31')`,
  };
  if (!calls[name]) throw new Error(`Say in sourceOf how ${name} is read in SQL`);
  return calls[name];
}

/** The parameters a list of the resource needs to hold any row (as sourceOf calls it). */
const paramsOf = (name: string): Record<string, unknown> | undefined =>
  name === 'premium_calculations'
    ? { policy_id: sharedPolicy, period_start: '2026-01-01', period_end: '2026-12-31' }
    : undefined;

async function expectedIds(resource: string, exporter: number): Promise<string[]> {
  const { rows } = await t.db.raw(EXPECTED_ROWS[resource], { exporter });
  return sorted(rows.map((row: { id: unknown }) => row.id));
}

async function allIds(resource: string): Promise<string[]> {
  const { rows } = await t.db.raw(`SELECT id FROM ${sourceOf(resource)}`);
  return sorted(rows.map((row: { id: unknown }) => row.id));
}

/** The rows of a resource exporter A must not see: everything but its own. */
async function othersOnly(resource: string): Promise<string[]> {
  const mine = await expectedIds(resource, exporterA);
  return (await allIds(resource)).filter((id) => !mine.includes(id));
}

describe('what an exporter user sees', () => {
  it('has an expectation, in SQL or as forbidden, for every resource the API serves', () => {
    expect([...Object.keys(EXPECTED_ROWS), ...FORBIDDEN_TO_EXPORTERS].sort()).toEqual(
      [...names].sort(),
    );
  });

  it.each(scoped)(
    'lists exactly its own %s, with the database count in Content-Range',
    async (name) => {
      const mine = await expectedIds(name, exporterA);
      expect(mine.length).toBeGreaterThan(0);
      expect((await othersOnly(name)).length).toBeGreaterThan(0);
      const all = await list(asA, name, { range: [0, 999] });
      expect(all.status).toBe(200);
      expect(sorted(all.body.map((row: { id: unknown }) => row.id))).toEqual(mine);
      expect(all.headers['content-range']).toBe(`${name} 0-${mine.length - 1}/${mine.length}`);
      const firstPage = await list(asA, name, { range: [0, 0] });
      expect(firstPage.headers['content-range']).toBe(`${name} 0-0/${mine.length}`);
    },
  );

  it.each(scoped)('answers getMany on %s with only its own of the ids asked for', async (name) => {
    const mine = await expectedIds(name, exporterA);
    const theirs = await othersOnly(name);
    const many = await list(asA, name, { filter: { id: wire(name, [...theirs, ...mine]) } });
    expect(many.status).toBe(200);
    expect(sorted(many.body.map((row: { id: unknown }) => row.id))).toEqual(mine);
    const none = await list(asA, name, { filter: { id: wire(name, theirs) } });
    expect(none.body).toEqual([]);
    expect(none.headers['content-range']).toBe(`${name} */0`);
  });

  it.each(scoped)(
    "answers 404 for another's %s, word for word as for a missing one",
    async (name) => {
      const [own] = await expectedIds(name, exporterA);
      expect((await asA.get(`/api/${name}/${encodeURIComponent(own)}`)).status).toBe(200);
      for (const id of await othersOnly(name)) {
        const res = await asA.get(`/api/${name}/${encodeURIComponent(id)}`);
        expect({ id, status: res.status, body: res.body }).toEqual({
          id,
          status: 404,
          body: { message: `No ${name} record with id ${id}`, errors: {} },
        });
      }
    },
  );

  it.each(scoped)("finds none of another's %s through a reference filter", async (name) => {
    const resource = declared(name);
    const mine = await expectedIds(name, exporterA);
    const theirs = await othersOnly(name);
    const references = Object.keys(resource.columns).filter(
      (column) => resource.columns[column].type === 'reference',
    );
    for (const column of references) {
      const { rows } = await t.db.raw(
        `SELECT DISTINCT ?? AS value FROM ${sourceOf(name)} AS r WHERE r.id::text = ANY(?) AND ?? IS NOT NULL`,
        [column, theirs, column],
      );
      if (rows.length === 0) continue;
      const values = rows.map((row: { value: number }) => row.value);
      const res = await list(asA, name, { filter: { [column]: values }, range: [0, 999] });
      expect(res.status).toBe(200);
      const found = sorted(res.body.map((row: { id: unknown }) => row.id));
      expect(found.filter((id) => !mine.includes(id))).toEqual([]);
      expect(res.headers['content-range']).toMatch(new RegExp(`/${found.length}$`));
    }
  });

  it('sees no row of exporter B when filtering on its exporter_id', async () => {
    for (const name of ['invoices', 'payments', 'aging', 'claims', 'reports', 'purchase_orders']) {
      const res = await list(asA, name, { filter: { exporter_id: exporterB } });
      expect([name, res.status, res.body]).toEqual([name, 200, []]);
    }
  });

  it('ages only its own invoices as of another date', async () => {
    const { rows } = await t.db.raw(
      "SELECT id, total FROM aging_report('2026-04-01') WHERE exporter_id = ? ORDER BY id",
      [exporterA],
    );
    expect(rows.length).toBeGreaterThan(0);
    const res = await list(asA, 'aging', { filter: { as_of: '2026-04-01' }, sort: ['id', 'ASC'] });
    expect(res.body.map((row: { id: string; total: string }) => [row.id, row.total])).toEqual(
      rows.map((row: { id: string; total: string }) => [row.id, row.total]),
    );
    expect(res.headers['content-range']).toBe(`aging 0-${rows.length - 1}/${rows.length}`);
  });

  it.each(FORBIDDEN_TO_EXPORTERS)('answers 403 for %s on every verb', async (name) => {
    expect((await asA.get(`/api/${name}`)).status).toBe(403);
    expect((await asA.get(`/api/${name}/1`)).status).toBe(403);
  });

  it.each(names)('refuses every write on %s with 403 and changes nothing', async (name) => {
    const before = await allIds(name);
    const [own = '1'] = EXPECTED_ROWS[name] ? await expectedIds(name, exporterA) : [];
    const id = encodeURIComponent(own);
    const attempts = [
      await asA.post(`/api/${name}`).send({ exporter_id: exporterA }),
      await asA.put(`/api/${name}/${id}`).send({ notes: 'changed by the exporter' }),
      await asA.delete(`/api/${name}/${id}`),
    ];
    expect(attempts.map((res) => res.status)).toEqual([403, 403, 403]);
    expect(attempts[0].body.message).toMatch(/not change them|may not use/);
    expect(await allIds(name)).toEqual(before);
  });
});

describe('what staff see', () => {
  it.each(names.filter((name) => name !== 'users'))('lists every %s row', async (name) => {
    const all = await allIds(name);
    expect(all.length).toBeGreaterThan(0);
    const res = await list(asStaff, name, { range: [0, 999], filter: paramsOf(name) ?? {} });
    expect(res.status).toBe(200);
    expect(sorted(res.body.map((row: { id: unknown }) => row.id))).toEqual(all);
  });

  it('may not read, create or change users', async () => {
    const attempts = [
      await asStaff.get('/api/users'),
      await asStaff.get(`/api/users/${t.admin.id}`),
      await asStaff.post('/api/users').send({
        email: 'new@creditdesk.test',
        name: 'New',
        role: 'admin',
        password: 'a long password',
      }),
      await asStaff.put(`/api/users/${asStaff.user.id}`).send({ role: 'admin' }),
      await asStaff.delete(`/api/users/${t.admin.id}`),
    ];
    expect(attempts.map((res) => res.status)).toEqual([403, 403, 403, 403, 403]);
    const stored = await t.db('users').where({ id: asStaff.user.id }).first();
    expect(stored.role).toBe('staff');
    expect(await t.db('users').where({ email: 'new@creditdesk.test' }).first()).toBeUndefined();
  });
});
