import type { Knex } from 'knex';

// Login sessions, kept in Postgres so several app instances share them. The shape is the one
// connect-pg-simple reads and writes; the app never creates tables at run time.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE user_sessions (
      sid varchar PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    );
    CREATE INDEX user_sessions_expire_idx ON user_sessions (expire);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP TABLE IF EXISTS user_sessions');
}
