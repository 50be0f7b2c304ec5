import supertest from 'supertest';
import { createApp } from '../../server/app';
import { createTestDatabase, TestDatabase } from './test-db';

export interface TestApp extends TestDatabase {
  api: ReturnType<typeof supertest>;
}

/** The whole HTTP application on a database of this test file's own. */
export async function createTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = createApp({ db: database.db });
  return { ...database, api: supertest(app) };
}
