import type { Knex } from 'knex';
import { touchOnUpdate } from '../schema-helpers';

// The join tables become resources like every other table: a serial id for the REST layer
// and the stamps for optimistic locking. Their old composite keys stay unique.
const JOIN_TABLES: [table: string, key: string[]][] = [
  ['limit_request_orders', ['limit_request_id', 'purchase_order_id']],
  ['reminder_invoices', ['reminder_id', 'invoice_id']],
  ['contact_invoices', ['contact_id', 'invoice_id']],
  ['claim_invoices', ['claim_id', 'invoice_id']],
  ['agency_referral_invoices', ['agency_referral_id', 'invoice_id']],
];

export async function up(knex: Knex): Promise<void> {
  for (const [table, key] of JOIN_TABLES) {
    await knex.raw(`
      ALTER TABLE ${table}
        DROP CONSTRAINT ${table}_pkey,
        ADD COLUMN id serial PRIMARY KEY,
        ADD CONSTRAINT ${table}_${key.join('_')}_key UNIQUE (${key.join(', ')}),
        ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN version integer NOT NULL DEFAULT 1
    `);
  }
  await touchOnUpdate(
    knex,
    JOIN_TABLES.map(([table]) => table),
  );
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, key] of JOIN_TABLES) {
    await knex.raw(`
      DROP TRIGGER ${table}_touch ON ${table};
      ALTER TABLE ${table}
        DROP COLUMN version, DROP COLUMN updated_at, DROP COLUMN created_at,
        DROP CONSTRAINT ${table}_${key.join('_')}_key,
        DROP COLUMN id,
        ADD PRIMARY KEY (${key.join(', ')})
    `);
  }
}
