import type { Knex } from 'knex';

/** Columns every editable table carries: timestamps and the optimistic-locking version. */
export const editable = `
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1`;

export async function touchOnUpdate(knex: Knex, tables: string[]): Promise<void> {
  for (const table of tables) {
    await knex.raw(`CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table}
      FOR EACH ROW EXECUTE FUNCTION touch_row()`);
  }
}

export async function dropTables(knex: Knex, tables: string[]): Promise<void> {
  for (const table of tables) await knex.raw(`DROP TABLE IF EXISTS ${table} CASCADE`);
}
