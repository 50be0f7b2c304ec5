import supertest from 'supertest';
import { createApp } from '../../server/app';
import { readConfig } from '../../server/config';
import { createTestDatabase, TestDatabase } from './test-db';

export interface TestApp extends TestDatabase {
  api: ReturnType<typeof supertest>;
  app: ReturnType<typeof createApp>;
}

/** The whole HTTP application on a database of this test file's own; env overrides config. */
export async function createTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({ db: database.db, config: readConfig({ ...process.env, ...env }) });
  return { ...database, app, api: supertest(app) };
}
