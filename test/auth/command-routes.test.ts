import type { Router } from 'express';
import { collectionsRouter } from '../../server/collections/collections-router';
import { insuranceRouter } from '../../server/insurance/insurance-router';
import { ExporterWorld, file, twoExporterWorlds } from '../helpers/exporter-world';
import { insert } from '../helpers/fixtures';
import { createTestApp, TestApp, UserAgent } from '../helpers/test-app';

// The command routers of credit insurance and collections, seen by an exporter user: every
// write refused, every download read through the resources' scopes.
let t: TestApp;
let mine: ExporterWorld;
let theirs: ExporterWorld;
let asMine: UserAgent;
let batchId: number;
beforeAll(async () => {
  t = await createTestApp();
  ({ mine, theirs } = await twoExporterWorlds(t.db));
  asMine = await t.loginAs('exporter', mine.exporter.id);
  // The insurer's batch of limit requests is the agent's: it belongs to no exporter.
  batchId = (
    await insert(t.db, 'reports', {
      kind: 'limit_batch',
      period_start: '2026-01-02',
      period_end: '2026-01-09',
      language: 'en',
      filename: 'limit-requests-2026-01-09.xlsx',
      ...file('limit batch'),
    })
  ).id;
});
afterAll(() => t.drop());

/** Every route of a router but its reads, as [method, path] with each :param made 1. */
function writeRoutes(router: Router): [string, string][] {
  return router.stack.flatMap((layer) => {
    const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined;
    if (!route) return [];
    return Object.keys(route.methods)
      .filter((method) => !['get', 'head', 'options', '_all'].includes(method))
      .map((method): [string, string] => [method, route.path.replace(/:\w+/g, '1')]);
  });
}

/** The downloads of the command routers, each for one record of a world. */
const DOWNLOADS: [string, (world: ExporterWorld) => number | string][] = [
  ['/api/documents/:id/content', (world) => world.documents.checkImage.id],
  ['/api/documents/:id/content', (world) => world.documents.invoiceCopy.id],
  ['/api/documents/:id/content', (world) => world.documents.authorisation.id],
  ['/api/payments/:id/check-image', (world) => world.payment.id],
  ['/api/reminders/:id/letter', (world) => world.reminder.id],
  ['/api/claims/:id/pack', (world) => world.claim.id],
];
const at = (path: string, id: number | string) => path.replace(':id', String(id));

describe('the command routes, for an exporter user', () => {
  const routes = [
    ...writeRoutes(insuranceRouter(null as never)),
    ...writeRoutes(collectionsRouter(null as never)),
  ];

  it('are all listed, writes of both areas', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes).toContainEqual(['post', '/claims/open']);
    expect(routes).toContainEqual(['post', '/payments/1/check-image']);
    expect(routes).toContainEqual(['put', '/limit_requests/1/orders']);
  });

  it.each(routes)('refuse %s /api%s with 403 and change nothing', async (method, path) => {
    const audited = await t.db('audit_log').count({ n: '*' });
    expect(['post', 'put', 'patch', 'delete']).toContain(method);
    const res = await asMine[method as 'post'](`/api${path}`).send({
      exporter_id: mine.exporter.id,
      as_of: '2026-06-01',
    });
    expect([res.status, res.body.message]).toEqual([
      403,
      'Exporter users can look at records but not change them',
    ]);
    expect(await t.db('audit_log').count({ n: '*' })).toEqual(audited);
  });

  it.each(DOWNLOADS)('serve %s for its own record', async (path, of) => {
    const res = await asMine.get(at(path, of(mine))).buffer(true);
    expect(res.status).toBe(200);
  });

  it.each(DOWNLOADS)(
    "answer 404 on %s for another exporter's record, as for a missing one",
    async (path, of) => {
      const other = await asMine.get(at(path, of(theirs)));
      const missing = await asMine.get(at(path, 2147483647));
      expect(missing.status).toBe(404);
      expect(other.status).toBe(404);
      const anonymised = (message: string, id: number | string) =>
        message.replace(String(id), '<id>');
      expect(anonymised(other.body.message, of(theirs))).toBe(
        anonymised(missing.body.message, 2147483647),
      );
      expect((await t.api.get(at(path, of(theirs))).buffer(true)).status).toBe(200);
    },
  );

  it("answers 404 for the agent's limit batch, which staff download", async () => {
    const path = `/api/limit_requests/batches/${batchId}`;
    const res = await asMine.get(path);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: `No limit batch with id ${batchId}`, errors: {} });
    const staff = await t.loginAs('staff');
    const download = await staff.get(path).buffer(true);
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="limit-requests-2026-01-09.xlsx"',
    );
  });

  it('serve its own check image with its content, and its reminder letter', async () => {
    const image = await asMine.get(`/api/payments/${mine.payment.id}/check-image`).buffer(true);
    expect(image.headers['content-type']).toBe('image/png');
    expect(Buffer.from(image.body).toString()).toBe(`check of exporter ${mine.exporter.id}`);
    const letter = await asMine.get(`/api/reminders/${mine.reminder.id}/letter`);
    expect(letter.text).toBe(`Reminder for exporter ${mine.exporter.id}\n\nPlease pay.\n`);
  });
});

describe('the command routes, without a session', () => {
  it('answer 401 to reads and writes alike', async () => {
    const paths = [
      ...DOWNLOADS.map(([path, of]) => at(path, of(mine))),
      `/api/limit_requests/batches/${batchId}`,
    ];
    for (const path of paths)
      expect([path, (await t.anonymous.get(path)).status]).toEqual([path, 401]);
    expect((await t.anonymous.post('/api/claims/open').send({})).status).toBe(401);
    expect((await t.anonymous.post('/api/deposits/build').send({})).status).toBe(401);
  });
});
