import fs from 'node:fs';
import path from 'node:path';
import { logger } from './logger';

const ADMIN_ROOT = path.resolve(__dirname, '../admin');
const SOURCES = ['src', 'index.html', 'vite.config.ts'];

/** The newest modification time among the files under a path. */
function newestChange(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .reduce((newest, entry) => Math.max(newest, newestChange(path.join(target, entry))), 0);
}

/** True when admin/dist is missing or older than any admin source file. */
export function adminBuildIsStale(root = ADMIN_ROOT): boolean {
  const built = path.join(root, 'dist', 'index.html');
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(...SOURCES.map((source) => newestChange(path.join(root, source))));
  return sources > fs.statSync(built).mtimeMs;
}

/** Builds the admin UI with Vite when its build is missing or stale. */
export async function buildAdminIfStale(root = ADMIN_ROOT): Promise<void> {
  if (!adminBuildIsStale(root)) return;
  logger.info({ root }, 'building the admin UI');
  const { build } = await import('vite');
  await build({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  logger.info('admin UI built');
}
