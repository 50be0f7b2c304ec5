import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// Who is who: the exporters the agent acts for, the buyers that owe them, and the users.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE exporters (
      id serial PRIMARY KEY,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      legal_name text,
      country country_code NOT NULL DEFAULT 'IT',
      language text NOT NULL DEFAULT 'it' CHECK (language IN ('en', 'it')),
      vat_number text,
      address text,
      report_emails text[] NOT NULL DEFAULT '{}',
      assignment_date date,
      contact_name text,
      phone text,
      notes text,
      ${editable}
    );
    CREATE UNIQUE INDEX exporters_name_key ON exporters (lower(name));

    CREATE TABLE buyers (
      id serial PRIMARY KEY,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      country country_code NOT NULL DEFAULT 'US',
      tax_id text,
      address text,
      city text,
      region text,
      postal_code text,
      language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es', 'it')),
      email text,
      phone text,
      contact_name text,
      notes text,
      ${editable}
    );
    CREATE UNIQUE INDEX buyers_country_tax_id_key ON buyers (country, tax_id);
    CREATE INDEX buyers_name_idx ON buyers (lower(name));

    CREATE TABLE users (
      id serial PRIMARY KEY,
      email text NOT NULL,
      name text NOT NULL,
      password_hash text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin', 'staff', 'exporter')),
      exporter_id integer REFERENCES exporters ON DELETE RESTRICT,
      disabled boolean NOT NULL DEFAULT false,
      ${editable},
      CONSTRAINT users_exporter_role CHECK ((role = 'exporter') = (exporter_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email));
  `);
  await touchOnUpdate(knex, ['exporters', 'buyers', 'users']);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, ['users', 'buyers', 'exporters']);
}
