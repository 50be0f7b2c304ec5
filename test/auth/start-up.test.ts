import { execFile } from 'node:child_process';
import supertest from 'supertest';
import { loadDemoUsers, DEMO_USERS } from '../../db/seeds/demo-users';
import { createApp } from '../../server/app';
import { DEFAULT_ADMIN_EMAIL, ensureFirstAdmin } from '../../server/auth/first-admin';
import { sessionSecret } from '../../server/auth/session-secret';
import { readConfig } from '../../server/config';
import { capturedLogger } from '../helpers/captured-logger';
import { exporterFixture } from '../helpers/fixtures';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());
beforeEach(async () => {
  await t.db('audit_log').delete();
  await t.db('users').delete();
});

const canLogIn = async (email: string, password: string) =>
  (
    await supertest(createApp({ db: t.db }))
      .post('/api/auth/login')
      .send({ email, password })
  ).status === 200;

describe('the first admin', () => {
  it('is created from ADMIN_EMAIL and ADMIN_PASSWORD, without logging the password', async () => {
    const log = capturedLogger();
    const config = { adminEmail: 'Boss@Agent.example', adminPassword: 'the boss password' };
    expect(await ensureFirstAdmin(t.db, config, log.logger)).toBe('boss@agent.example');
    expect(await canLogIn('boss@agent.example', 'the boss password')).toBe(true);
    expect(log.text()).toMatch(/created the first admin from ADMIN_EMAIL/);
    expect(log.text()).not.toMatch(/the boss password/);
    const audit = await t.db('audit_log').where({ resource: 'users' });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/password/);
  });

  it('gets a generated password, shown once in the log, when ADMIN_PASSWORD is not set', async () => {
    const first = capturedLogger();
    expect(await ensureFirstAdmin(t.db, {}, first.logger)).toBe(DEFAULT_ADMIN_EMAIL);
    const password = /generated password (\S+)/.exec(first.text())?.[1] as string;
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(await canLogIn(DEFAULT_ADMIN_EMAIL, password)).toBe(true);
    const second = capturedLogger();
    expect(await ensureFirstAdmin(t.db, {}, second.logger)).toBeUndefined();
    expect(second.text()).toBe('');
    expect(await t.db('users').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('is not created when any user exists, and only one when two instances start together', async () => {
    const log = capturedLogger().logger;
    const created = await Promise.all([
      ensureFirstAdmin(t.db, { adminEmail: 'one@agent.example' }, log),
      ensureFirstAdmin(t.db, { adminEmail: 'two@agent.example' }, log),
    ]);
    expect(created.filter(Boolean)).toHaveLength(1);
    expect(await t.db('users').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('refuses an ADMIN_PASSWORD shorter than the minimum', async () => {
    await expect(
      ensureFirstAdmin(t.db, { adminPassword: 'short' }, capturedLogger().logger),
    ).rejects.toThrow('ADMIN_PASSWORD must be at least 10 characters long');
  });
});

describe('the demo users', () => {
  it('are one per role, the exporter user on the first exporter, safe to load twice', async () => {
    const [first] = [await exporterFixture(t.db), await exporterFixture(t.db)].sort(
      (a, b) => a.id - b.id,
    );
    expect((await loadDemoUsers(t.db)).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(await t.db.transaction((trx) => loadDemoUsers(trx))).toEqual([]);
    const users = await t.db('users').select('email', 'role', 'exporter_id').orderBy('email');
    expect(users).toEqual([
      { email: 'admin@creditdesk.test', role: 'admin', exporter_id: null },
      { email: 'exporter@creditdesk.test', role: 'exporter', exporter_id: first.id },
      { email: 'staff@creditdesk.test', role: 'staff', exporter_id: null },
    ]);
    for (const user of DEMO_USERS) expect(await canLogIn(user.email, user.password)).toBe(true);
  });

  it('leave out the exporter user while there is no exporter', async () => {
    await t.db('exporters').delete();
    expect((await loadDemoUsers(t.db)).sort()).toEqual([
      'admin@creditdesk.test',
      'staff@creditdesk.test',
    ]);
  });
});

describe('the session secret', () => {
  it('comes from SESSION_SECRET', () => {
    const log = capturedLogger();
    expect(
      sessionSecret({ sessionSecret: 'from the environment', production: true }, log.logger),
    ).toBe('from the environment');
    expect(log.text()).toBe('');
  });

  it('is random per process outside production, with a warning', () => {
    const log = capturedLogger();
    const one = sessionSecret({ production: false }, log.logger);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(one).not.toBe(sessionSecret({ production: false }, log.logger));
    expect(log.text()).toMatch(/SESSION_SECRET is not set/);
  });

  it('is required in production: the app will not build without it', () => {
    const config = { ...readConfig(), production: true, sessionSecret: undefined };
    expect(() => createApp({ db: t.db, config })).toThrow('SESSION_SECRET must be set');
  });

  it('is required in production: npm start exits with a one-line reason', async () => {
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>(
      (resolve) => {
        const child = execFile(
          process.execPath,
          ['--import', 'tsx', 'server/main.ts'],
          {
            env: {
              ...process.env,
              NODE_ENV: 'production',
              SESSION_SECRET: '',
              LOG_LEVEL: 'silent',
            },
          },
          (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
        );
      },
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      'Creditdesk could not start: SESSION_SECRET must be set when NODE_ENV is production\n',
    );
  });
});
