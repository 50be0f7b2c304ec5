import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// What file imports need: the exporter's own customer numbers for our buyers (exporters'
// files name customers by account number, rarely by tax id), and the column mapping saved
// per exporter and kind of file so the next import of the same export needs no mapping.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE buyer_accounts (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      account_number text NOT NULL CHECK (length(trim(account_number)) > 0),
      ${editable},
      UNIQUE (exporter_id, account_number)
    );
    CREATE INDEX buyer_accounts_buyer_idx ON buyer_accounts (buyer_id);

    CREATE TABLE import_mappings (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      kind text NOT NULL CHECK (kind IN ('buyers', 'purchase_orders', 'invoices', 'payments')),
      mapping jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(mapping) = 'object'),
      ${editable},
      UNIQUE (exporter_id, kind)
    );
  `);
  await touchOnUpdate(knex, ['buyer_accounts', 'import_mappings']);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, ['import_mappings', 'buyer_accounts']);
}
