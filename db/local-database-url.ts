import fs from 'node:fs';
import path from 'node:path';

// While `npm start` runs its embedded PostgreSQL, the URL (free port, local password) is
// kept here so `npm run job` and `npm run import` reach the same database.
const fileIn = (dataDir: string) => path.resolve(dataDir, 'database-url');

export function saveLocalDatabaseUrl(dataDir: string, url: string): void {
  fs.mkdirSync(path.resolve(dataDir), { recursive: true });
  fs.writeFileSync(fileIn(dataDir), `${url}\n`, { mode: 0o600 });
}

export function forgetLocalDatabaseUrl(dataDir: string): void {
  fs.rmSync(fileIn(dataDir), { force: true });
}

/** DATABASE_URL, else the embedded database of a running `npm start`, else undefined. */
export function localDatabaseUrl(dataDir: string, env: NodeJS.ProcessEnv = process.env) {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const file = fileIn(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}
