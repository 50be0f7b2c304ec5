import { createTestApp, TestApp } from '../helpers/test-app';
import { totalPart } from '../helpers/list-sql';
import { buyerFixture } from '../helpers/fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ CORS_ORIGINS: 'https://admin.example.com, https://ops.example.com' });
});
afterAll(() => t.drop());

describe('limits', () => {
  it('caps a page at 1000 records with a 400 that says so', async () => {
    const ok = await t.api.get('/api/buyers').query({ range: '[0,999]' });
    expect(ok.status).toBe(200);
    const res = await t.api.get('/api/buyers').query({ range: '[0,1000]' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'a page holds at most 1000 records',
      errors: { range: 'at most 1000 records' },
    });
  });

  it('answers a list without a range with at most one page of 1000', async () => {
    await t.db.raw(`INSERT INTO buyers (name) SELECT 'Bulk ' || n FROM generate_series(1, 1005) n`);
    const res = await t.api.get('/api/buyers').query({ filter: '{"q":"bulk"}' });
    expect(res.body).toHaveLength(1000);
    expect(res.headers['content-range']).toBe('buyers 0-999/1005');
  });

  it('refuses a body over the size limit with 413 and a JSON message', async () => {
    const res = await t.api.post('/api/buyers').send({ name: 'Big', notes: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ message: 'The request body is too large', errors: {} });
  });

  it('answers 405 with the allowed methods on a read-only resource and a wrong verb', async () => {
    const post = await t.api.post('/api/aging').send({});
    expect(post.status).toBe(405);
    expect(post.body.message).toBe('POST is not allowed: aging is read-only');
    expect((await t.api.put('/api/job_runs/1').send({})).status).toBe(405);
    expect((await t.api.delete('/api/documents/1')).status).toBe(405);
    const put = await t.api.put('/api/buyers').send({});
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, POST');
    expect(put.body.message).toBe('PUT is not allowed: use GET or POST here');
  });

  it('lists with one query, the page and its total together, whatever the page holds', async () => {
    for (let n = 0; n < 5; n++) await buyerFixture(t.db);
    const sql: string[] = [];
    // Only the resource's own queries: each request also reads its session with the user
    // behind it (and now and then touches it), whatever resource it asks for.
    const auth = /user_sessions/;
    const listen = (query: { sql: string }) => {
      if (!auth.test(query.sql)) sql.push(query.sql);
    };
    t.db.on('query', listen);
    const res = await t.api.get('/api/invoices').query({ range: '[0,49]' });
    const buyers = await t.api.get('/api/buyers').query({ range: '[0,49]' });
    t.db.off('query', listen);
    expect(res.status).toBe(200);
    expect(buyers.body).toHaveLength(50);
    expect(sql).toHaveLength(2);
    expect(sql.map((s) => /count\(\*\)/.test(totalPart(s)))).toEqual([true, true]);
    expect(Number(res.headers['content-range'].split('/')[1])).toBe(
      Number((await t.db('invoices').count({ n: '*' }))[0].n),
    );
  });

  it('answers the total with an empty page, past the last row', async () => {
    const count = Number((await t.db('buyers').count({ n: '*' }))[0].n);
    const res = await t.api.get('/api/buyers').query({ range: `[${count + 10},${count + 19}]` });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    expect(res.headers['content-range']).toBe(`buyers */${count}`);
  });
});

describe('CORS', () => {
  it('lets a configured origin read Content-Range and send Range', async () => {
    const preflight = await t.api
      .options('/api/buyers')
      .set('Origin', 'https://ops.example.com')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'range');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://ops.example.com');
    expect(preflight.headers['access-control-allow-headers']).toMatch(/\bRange\b/);
    const list = await t.api.get('/api/buyers').set('Origin', 'https://admin.example.com');
    expect(list.headers['access-control-allow-origin']).toBe('https://admin.example.com');
    expect(list.headers['access-control-expose-headers']).toBe('Content-Range');
  });

  it('gives an origin that is not configured no CORS permission', async () => {
    const list = await t.api.get('/api/buyers').set('Origin', 'https://evil.example.com');
    expect(list.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('allows no origin at all when CORS_ORIGINS is not set', async () => {
    const plain = await createTestApp({ CORS_ORIGINS: '' });
    try {
      const list = await plain.api.get('/api/buyers').set('Origin', 'https://admin.example.com');
      expect(list.status).toBe(200);
      expect(list.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.drop();
    }
  });
});
