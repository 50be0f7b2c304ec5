import type { Knex } from 'knex';

/** The database's current date as YYYY-MM-DD: the one "today" of jobs, demo data and checks. */
export async function databaseToday(db: Knex): Promise<string> {
  const { rows } = await db.raw('SELECT current_date::text AS today');
  return rows[0].today;
}
