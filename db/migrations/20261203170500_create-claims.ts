import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// Claims against the policy, what the insurer paid on them, and later recoveries.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE claims (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      policy_id integer NOT NULL REFERENCES policies,
      kind text NOT NULL DEFAULT 'protracted_default'
        CHECK (kind IN ('protracted_default', 'insolvency')),
      -- Insolvency deadlines run from the day the agent learned of it.
      insolvency_known_date date,
      status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'filed', 'under_review',
        'approved', 'rejected', 'paid')),
      filed_date date,
      claimed_amount money_amount NOT NULL CHECK (claimed_amount > 0),
      currency currency_code NOT NULL,
      approved_amount money_amount CHECK (approved_amount >= 0),
      insurer_reference text,
      notes text,
      ${editable},
      CHECK (kind <> 'insolvency' OR insolvency_known_date IS NOT NULL),
      CHECK (status = 'draft' OR filed_date IS NOT NULL)
    );
    CREATE INDEX claims_buyer_idx ON claims (buyer_id);
    CREATE INDEX claims_exporter_idx ON claims (exporter_id);

    CREATE TABLE claim_invoices (
      claim_id integer NOT NULL REFERENCES claims ON DELETE CASCADE,
      invoice_id integer NOT NULL REFERENCES invoices,
      claimed_amount money_amount NOT NULL CHECK (claimed_amount > 0),
      PRIMARY KEY (claim_id, invoice_id)
    );
    CREATE INDEX claim_invoices_invoice_idx ON claim_invoices (invoice_id);

    CREATE TABLE claim_payments (
      id serial PRIMARY KEY,
      claim_id integer NOT NULL REFERENCES claims,
      paid_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      reference text,
      ${editable}
    );
    CREATE INDEX claim_payments_claim_idx ON claim_payments (claim_id);

    CREATE TABLE recoveries (
      id serial PRIMARY KEY,
      claim_id integer NOT NULL REFERENCES claims,
      received_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      source text,
      notes text,
      ${editable}
    );
    CREATE INDEX recoveries_claim_idx ON recoveries (claim_id);
  `);
  await touchOnUpdate(knex, ['claims', 'claim_payments', 'recoveries']);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, ['recoveries', 'claim_payments', 'claim_invoices', 'claims']);
}
