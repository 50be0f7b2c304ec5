// Starts one PostgreSQL for the whole run (embedded unless TEST_DATABASE_URL is given) and
// migrates a template database; each test file then gets its own copy of the template.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../db/embedded-postgres.mjs';

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'creditdesk-test-pg-'));
    // The server may run as a dedicated user (when we are root): let it reach the folder.
    fs.chmodSync(dataDir, 0o755);
    const cluster = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'data'),
      database: 'postgres',
      persistent: false,
    });
    globalThis.__creditdeskCluster = cluster;
    serverUrl = cluster.url;
  }
  const template = `creditdesk_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = withDatabase(serverUrl, template);
  execFileSync(process.execPath, ['--import', 'tsx', 'db/migrate-cli.ts'], {
    env: { ...process.env, DATABASE_URL: templateUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // The browser tests (test/ui) drive the built admin UI: build it once, only when stale.
  execFileSync(process.execPath, ['--import', 'tsx', 'server/admin-build-cli.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.CREDITDESK_TEST_SERVER_URL = serverUrl;
  process.env.CREDITDESK_TEST_TEMPLATE = template;
}

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
