import supertest from 'supertest';
import { createApp } from '../../server/app';
import { readConfig } from '../../server/config';
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from '../../server/auth/login-limits';
import { exporterFixture } from '../helpers/fixtures';
import { createTestApp, TEST_PASSWORD, TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.drop());

const login = (agent: ReturnType<typeof supertest.agent>, email: string, password: string) =>
  agent.post('/api/auth/login').send({ email, password });

describe('logging in and out', () => {
  it('logs in with e-mail and password, answers who it is, and logs out', async () => {
    const exporter = await exporterFixture(t.db);
    const user = (await t.loginAs('exporter', exporter.id)).user;
    const agent = supertest.agent(t.app);
    const res = await login(agent, user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.status).toBe(200);
    const me = await agent.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: user.id,
      email: user.email,
      name: expect.any(String),
      role: 'exporter',
      exporter_id: exporter.id,
    });
    expect(me.body).not.toHaveProperty('password_hash');
    expect((await agent.post('/api/auth/logout')).status).toBe(204);
    expect((await agent.get('/api/auth/me')).status).toBe(401);
  });

  it('sets an httpOnly, SameSite=Lax session cookie kept in Postgres', async () => {
    const before = await t.db('user_sessions').count({ n: '*' });
    const res = await login(supertest.agent(t.app), t.admin.email, TEST_PASSWORD);
    const cookie = res.headers['set-cookie'][0];
    expect(cookie).toMatch(/^creditdesk\.sid=/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    const after = await t.db('user_sessions').count({ n: '*' });
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
  });

  it('marks the cookie Secure in production behind a TLS proxy', async () => {
    const config = {
      ...readConfig(),
      production: true,
      sessionSecret: 'a'.repeat(40),
      trustProxy: '1',
    };
    const app = createApp({ db: t.db, config });
    const res = await supertest(app)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ email: t.admin.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie'][0]).toMatch(/; Secure/);
  });

  it('gives the same answer for a wrong password and an unknown e-mail address', async () => {
    const wrong = await login(supertest.agent(t.app), t.admin.email, 'not the password');
    const unknown = await login(supertest.agent(t.app), 'nobody@creditdesk.test', TEST_PASSWORD);
    expect(wrong.status).toBe(401);
    expect({ status: unknown.status, body: unknown.body }).toEqual({
      status: 401,
      body: wrong.body,
    });
    expect(wrong.body.message).toBe('Wrong e-mail address or password');
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('names the missing fields when e-mail or password is left out', async () => {
    const res = await t.anonymous.post('/api/auth/login').send({ email: '' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ email: 'is required', password: 'is required' });
  });

  it('refuses a disabled user, and ends the sessions it already had', async () => {
    const agent = await t.loginAs('staff');
    expect((await agent.get('/api/buyers')).status).toBe(200);
    await t.db('users').where({ id: agent.user.id }).update({ disabled: true });
    expect((await agent.get('/api/buyers')).status).toBe(401);
    const again = await login(supertest.agent(t.app), agent.user.email, TEST_PASSWORD);
    expect(again.status).toBe(401);
    expect(again.body.message).toBe('Wrong e-mail address or password');
  });

  it('reads a session and its user in one query before the request does its own work', async () => {
    const agent = await t.loginAs('staff');
    const sql: string[] = [];
    const listen = (query: { sql: string }) => sql.push(query.sql);
    t.db.on('query', listen);
    const res = await agent.get('/api/buyers').query({ range: '[0,0]' });
    t.db.off('query', listen);
    expect(res.status).toBe(200);
    const [session, ...own] = sql;
    expect(session).toMatch(/FROM user_sessions s\s+LEFT JOIN users u/);
    expect(own.filter((q) => /users/.test(q))).toEqual([]);
  });

  it('answers 401 once the session has expired', async () => {
    const agent = await t.loginAs('staff');
    expect((await agent.get('/api/auth/me')).status).toBe(200);
    await t.db('user_sessions').update({ expire: t.db.raw("now() - interval '1 minute'") });
    const res = await agent.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      message: 'You are not logged in, or your session has expired',
      errors: {},
    });
  });
});

describe('routes that need a session', () => {
  it('answers 401 JSON on every /api route without one, but health and login', async () => {
    const anonymous = t.anonymous;
    const refused = [
      await anonymous.get('/api/invoices'),
      await anonymous.get('/api/invoices/1'),
      await anonymous.post('/api/buyers').send({ name: 'Sneaky Buyer' }),
      await anonymous.put('/api/buyers/1').send({ name: 'Sneaky Buyer' }),
      await anonymous.delete('/api/buyers/1'),
      await anonymous.get('/api/aging'),
      await anonymous.get('/api/reports/1/download'),
      await anonymous.get('/api/openapi.json'),
      await anonymous.get('/api/auth/me'),
      await anonymous.post('/api/auth/logout'),
      await anonymous.get('/api/no-such-route'),
    ];
    expect(refused.map((res) => res.status)).toEqual(refused.map(() => 401));
    expect(refused.every((res) => /json/.test(res.headers['content-type']))).toBe(true);
    expect(await t.db('buyers').where({ name: 'Sneaky Buyer' }).first()).toBeUndefined();
    expect((await anonymous.get('/api/health')).body).toEqual({ status: 'ok' });
  });

  it('sends the security headers helmet sets', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
    const config = { ...readConfig(), production: true, sessionSecret: 'a'.repeat(40) };
    const production = await supertest(createApp({ db: t.db, config })).get('/api/health');
    expect(production.headers['content-security-policy']).toMatch(/upgrade-insecure-requests/);
  });
});

describe('login throttling', () => {
  it(`answers 429 after ${FAILURES_PER_ACCOUNT} wrong passwords for one account, even to the right one`, async () => {
    const app = createApp({ db: t.db });
    const victim = (await t.loginAs('staff')).user;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT; attempt++) {
      statuses.push(
        (
          await supertest(app)
            .post('/api/auth/login')
            .send({ email: victim.email, password: `guess ${attempt}` })
        ).status,
      );
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    const right = await supertest(app)
      .post('/api/auth/login')
      .send({ email: victim.email.toUpperCase(), password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(right.body.message).toMatch(/Too many failed logins/);
    // Another account from the same address is not locked out by this one's failures.
    expect((await login(supertest.agent(app), t.admin.email, TEST_PASSWORD)).status).toBe(200);
  });

  it(`answers 429 to an address after ${FAILURES_PER_ADDRESS} failures across accounts`, async () => {
    const app = createApp({ db: t.db });
    for (let attempt = 0; attempt < FAILURES_PER_ADDRESS; attempt++) {
      const res = await supertest(app)
        .post('/api/auth/login')
        .send({ email: `stranger${attempt}@creditdesk.test`, password: 'guess' });
      expect(res.status).toBe(401);
    }
    const right = await login(supertest.agent(app), t.admin.email, TEST_PASSWORD);
    expect(right.status).toBe(429);
  });

  it('does not count successful logins', async () => {
    const app = createApp({ db: t.db });
    for (let attempt = 0; attempt < FAILURES_PER_ACCOUNT + 5; attempt++) {
      expect((await login(supertest.agent(app), t.admin.email, TEST_PASSWORD)).status).toBe(200);
    }
  });
});
