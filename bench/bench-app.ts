import type { Server } from 'node:http';
import type { Db } from '../db/connection';
import { createApp } from '../server/app';
import { hashPassword } from '../server/auth/passwords';
import { readConfig } from '../server/config';

export interface BenchApp {
  base: string;
  cookie: string;
  close: () => Promise<void>;
}

/** The real application on the bench database, with a staff user logged in. */
export async function startBenchApp(db: Db): Promise<BenchApp> {
  const config = readConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    SESSION_SECRET: 'bench-only-secret',
  });
  const app = createApp({ db, config });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  const base = `http://127.0.0.1:${port}`;
  const email = 'bench-staff@creditdesk.test';
  const password = 'bench-password-123';
  await db('users')
    .insert({
      email,
      name: 'Bench staff',
      role: 'staff',
      password_hash: await hashPassword(password),
    })
    .onConflict(db.raw('(lower(email))'))
    .ignore();
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`bench login failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return { base, cookie, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
