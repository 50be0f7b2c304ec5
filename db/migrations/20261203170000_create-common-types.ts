import type { Knex } from 'knex';

// Shared SQL building blocks: the money and currency types every table uses, and the
// trigger that stamps updated_at and bumps the optimistic-locking version on each update.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE DOMAIN currency_code AS text CHECK (VALUE ~ '^[A-Z]{3}$');
    CREATE DOMAIN money_amount AS numeric(14,2);
    CREATE DOMAIN country_code AS text CHECK (VALUE ~ '^[A-Z]{2}$');

    CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.updated_at := now();
      NEW.version := OLD.version + 1;
      RETURN NEW;
    END $$;

    CREATE TABLE settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP TABLE settings;
    DROP FUNCTION touch_row();
    DROP DOMAIN country_code;
    DROP DOMAIN money_amount;
    DROP DOMAIN currency_code;
  `);
}
