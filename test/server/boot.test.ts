import { spawn } from 'node:child_process';
import cron from 'node-cron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Creditdesk, startCreditdesk } from '../../server/boot';
import { readConfig } from '../../server/config';
import { startupBanner } from '../../server/startup-banner';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

// `npm start`, as the functions server/main.ts runs and as the process itself, answering
// real HTTP on a free port.

const get = async (app: Creditdesk, route: string, cookie = '') => {
  const response = await fetch(new URL(route, app.url), { headers: { cookie } });
  return { status: response.status, body: await response.json(), headers: response.headers };
};

/** Logs in and answers the session cookie, as a browser would keep it. */
async function login(app: Creditdesk, email: string, password: string): Promise<string> {
  const response = await fetch(new URL('/api/auth/login', app.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0];
}

describe('starting Creditdesk', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, 60_000);
  afterAll(() => database.drop());

  it('starts empty with DEMO_DATA=off, leaving the demo data for a later start', async () => {
    const config = readConfig({
      DATABASE_URL: database.url,
      PORT: '0',
      DEMO_DATA: 'off',
      JOBS: 'off',
      ADMIN_EMAIL: 'chief@agent.example',
      ADMIN_PASSWORD: 'a-long-first-password',
    });
    const app = await startCreditdesk(config);
    try {
      expect(app.demoData).toEqual({ loaded: false, reason: 'switched-off' });
      expect((await get(app, '/api/health')).status).toBe(200);
      expect((await get(app, '/api/exporters')).status).toBe(401);
      const cookie = await login(app, 'chief@agent.example', 'a-long-first-password');
      expect((await get(app, '/api/exporters', cookie)).body).toEqual([]);
      expect(await app.db('settings').select('key')).toEqual([]);
    } finally {
      await app.stop();
    }
  });

  it('starts the job scheduler with the app and stops it with the app', async () => {
    const config = readConfig({ DATABASE_URL: database.url, PORT: '0', DEMO_DATA: 'off' });
    const app = await startCreditdesk(config);
    const names = () => [...cron.getTasks().values()].map((task) => task.name).sort();
    try {
      expect(names()).toEqual([
        'creditdesk:aging-alerts',
        'creditdesk:claim-deadlines',
        'creditdesk:weekly-report',
      ]);
    } finally {
      await app.stop();
    }
    expect(names()).toEqual([]);
  });

  it('answers /api/health with the demo data loaded on a database without it, and only once', async () => {
    const config = readConfig({ DATABASE_URL: database.url, PORT: '0', JOBS: 'off' });
    const first = await startCreditdesk(config);
    try {
      expect(first.demoData).toMatchObject({ loaded: true });
      expect(await get(first, '/api/health')).toMatchObject({
        status: 200,
        body: { status: 'ok' },
      });
      const cookie = await login(first, 'staff@creditdesk.test', 'demo-staff-pass');
      const invoices = await get(first, '/api/invoices?range=[0,9]', cookie);
      expect(invoices.headers.get('content-range')).toBe('invoices 0-9/48');
    } finally {
      await first.stop();
    }
    const second = await startCreditdesk(config);
    try {
      expect(second.demoData).toEqual({ loaded: false, reason: 'already-loaded' });
      const cookie = await login(second, 'staff@creditdesk.test', 'demo-staff-pass');
      const exporters = await get(second, '/api/exporters', cookie);
      expect(exporters.headers.get('content-range')).toBe('exporters 0-2/3');
    } finally {
      await second.stop();
    }
  });

  it('runs as `npm start` does: its own PostgreSQL in the data folder, the URL printed, a clean stop', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'creditdesk-boot-'));
    // As root the embedded server runs as its own user, which must reach the folder.
    fs.chmodSync(dataDir, 0o755);
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: '',
        CREDITDESK_DATA_DIR: dataDir,
        PORT: '0',
        DEMO_DATA: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const found = /Creditdesk is running at (http:\/\/\S+)/.exec(output);
          if (found) resolve(found[1]);
        });
        child.stderr.on('data', (chunk) => (output += chunk));
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      const health = await fetch(new URL('/api/health', url));
      expect({ status: health.status, body: await health.json() }).toEqual({
        status: 200,
        body: { status: 'ok' },
      });
      expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
    } finally {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Generous: a cold tsx compile plus initdb on a busy two-core machine.
  }, 90_000);

  it('says in one line which database it could not reach, password hidden', async () => {
    const config = readConfig({
      DATABASE_URL: 'postgres://creditdesk:secret@127.0.0.1:1/creditdesk',
      PORT: '0',
    });
    await expect(startCreditdesk(config)).rejects.toThrow(
      /^Cannot reach PostgreSQL at postgres:\/\/creditdesk:\*\*\*@127\.0\.0\.1:1\/creditdesk: /,
    );
  });
});

describe('the start-up banner', () => {
  const app = {
    url: 'http://localhost:3000/',
    demoData: { loaded: false, reason: 'already-loaded' },
  } as const;

  it('tells where Creditdesk runs and gives the demo logins on a demo database', () => {
    const banner = startupBanner(app, readConfig({}));
    expect(banner).toContain('Creditdesk is running at http://localhost:3000/');
    expect(banner).toContain('staff@creditdesk.test / demo-staff-pass (staff)');
  });

  it('points at the generated first admin password on a database without demo data', () => {
    const empty = { ...app, demoData: { loaded: false, reason: 'switched-off' } } as const;
    const banner = startupBanner(empty, readConfig({}));
    expect(banner).toContain('printed once in the log above');
    expect(banner).not.toContain('demo-staff-pass');
  });

  it('names the admin to log in as when ADMIN_EMAIL is set, never the password', () => {
    const config = readConfig({ ADMIN_EMAIL: 'ops@agent.example', ADMIN_PASSWORD: 'not-shown' });
    const banner = startupBanner(app, config);
    expect(banner).toContain('Log in as ops@agent.example');
    expect(banner).not.toContain('not-shown');
  });
});
