import fs from 'node:fs';
import path from 'node:path';
import type { Knex } from 'knex';

const DIRECTORY = path.join(__dirname, 'migrations');

/**
 * Migrations are TypeScript modules in db/migrations, applied in file-name order. Loading
 * them with require keeps one code path for tsx (npm start) and swc (jest).
 */
export const migrationSource: Knex.MigrationSource<string> = {
  async getMigrations() {
    return fs
      .readdirSync(DIRECTORY)
      .filter((file) => /^\d{14}_[a-z0-9-]+\.ts$/.test(file))
      .sort();
  },
  getMigrationName: (file) => file,
  async getMigration(file) {
    return require(path.join(DIRECTORY, file));
  },
};
