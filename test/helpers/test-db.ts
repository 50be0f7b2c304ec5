import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, Db } from '../../db/connection';

export interface TestDatabase {
  db: Db;
  url: string;
  drop: () => Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.CREDITDESK_TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database of this test file's own, copied from the run's template, so
 * test files never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.CREDITDESK_TEST_TEMPLATE;
  if (!template) throw new Error('Run the tests through jest: its global setup makes the template');
  const name = `${template}_f${randomBytes(5).toString('hex')}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (error) {
      // Two files copying the template at the same instant can collide; try again.
      if (attempt >= 5 || !/being accessed by other users/.test((error as Error).message))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  const url = withDatabase(process.env.CREDITDESK_TEST_SERVER_URL as string, name);
  const db = connect(url, { min: 0, max: 5 });
  return {
    db,
    url,
    drop: async () => {
      await db.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
