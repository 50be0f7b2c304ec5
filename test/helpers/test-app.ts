import type { Express } from 'express';
import supertest from 'supertest';
import { createApp } from '../../server/app';
import { readConfig } from '../../server/config';
import { hashPassword } from '../../server/auth/passwords';
import type { Logger } from '../../server/logger';
import type { Role } from '../../server/rest/types';
import { createTestDatabase, TestDatabase } from './test-db';

export type Agent = ReturnType<typeof supertest.agent>;

/** An agent logged in as a user the test created. */
export type UserAgent = Agent & { user: TestUser };

export const TEST_PASSWORD = 'correct horse battery';

export interface TestApp extends TestDatabase {
  app: Express;
  /** Logged in as an admin: may do everything. */
  api: Agent;
  /** The admin behind `api`. */
  admin: { id: number; email: string };
  /** No session at all. */
  anonymous: ReturnType<typeof supertest>;
  /** A new user of that role (exporter users need their exporter), logged in. */
  loginAs: (role: Role, exporterId?: number) => Promise<UserAgent>;
}

export interface TestUser {
  id: number;
  email: string;
  role: Role;
  exporter_id: number | null;
}

let users = 0;

/**
 * The whole HTTP application on a database of this test file's own; env overrides config, and
 * a test that reads the request log passes its own logger.
 */
export async function createTestApp(
  env: NodeJS.ProcessEnv = {},
  options: { logger?: Logger } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = readConfig({ ...process.env, ...env });
  const app = createApp({ db: database.db, config, logger: options.logger });
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const loginAs = async (role: Role, exporterId?: number): Promise<UserAgent> => {
    if (role === 'exporter' && !exporterId)
      throw new Error('An exporter user needs an exporter id');
    users += 1;
    const [user] = await database
      .db('users')
      .insert({
        email: `${role}${users}-${process.pid}@creditdesk.test`,
        name: `Test ${role} ${users}`,
        role,
        exporter_id: role === 'exporter' ? exporterId : null,
        password_hash: passwordHash,
      })
      .returning(['id', 'email', 'role', 'exporter_id']);
    const agent = supertest.agent(app);
    const res = await agent
      .post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    if (res.status !== 200) throw new Error(`Test login failed: ${res.status} ${res.text}`);
    return Object.assign(agent, { user: user as TestUser });
  };

  const api = await loginAs('admin');
  return { ...database, app, api, admin: api.user, anonymous: supertest(app), loginAs };
}
