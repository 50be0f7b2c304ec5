import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// Collections work: dunning levels and the reminders they produce, the contact log, the
// 45-day review with the exporter, and referrals of uninsured accounts to an agency.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE dunning_levels (
      id serial PRIMARY KEY,
      -- NULL: the default sequence, used by exporters that have none of their own.
      exporter_id integer REFERENCES exporters ON DELETE CASCADE,
      level integer NOT NULL CHECK (level > 0),
      -- Days relative to the due date: -7 is a week before, 30 is a month after.
      offset_days integer NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'letter', 'phone')),
      name text NOT NULL,
      ${editable}
    );
    CREATE UNIQUE INDEX dunning_levels_level_key ON dunning_levels (coalesce(exporter_id, 0), level);

    CREATE TABLE dunning_texts (
      id serial PRIMARY KEY,
      dunning_level_id integer NOT NULL REFERENCES dunning_levels ON DELETE CASCADE,
      language text NOT NULL CHECK (language IN ('en', 'fr', 'es', 'it')),
      subject text NOT NULL,
      body text NOT NULL,
      ${editable},
      UNIQUE (dunning_level_id, language)
    );

    CREATE TABLE reminders (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      dunning_level_id integer NOT NULL REFERENCES dunning_levels,
      reminder_date date NOT NULL,
      channel text NOT NULL CHECK (channel IN ('email', 'letter', 'phone')),
      currency currency_code NOT NULL,
      total_open money_amount NOT NULL CHECK (total_open >= 0),
      subject text,
      body text,
      status text NOT NULL DEFAULT 'to_do' CHECK (status IN ('to_do', 'sent', 'skipped')),
      sent_at timestamptz,
      ${editable},
      UNIQUE (exporter_id, buyer_id, dunning_level_id, reminder_date, currency)
    );
    CREATE INDEX reminders_date_idx ON reminders (reminder_date, status);
    CREATE INDEX reminders_buyer_idx ON reminders (buyer_id);

    CREATE TABLE reminder_invoices (
      reminder_id integer NOT NULL REFERENCES reminders ON DELETE CASCADE,
      invoice_id integer NOT NULL REFERENCES invoices,
      dunning_level_id integer NOT NULL REFERENCES dunning_levels,
      open_balance money_amount NOT NULL,
      PRIMARY KEY (reminder_id, invoice_id),
      -- The same invoice is never reminded twice at the same level.
      UNIQUE (invoice_id, dunning_level_id)
    );

    CREATE TABLE contacts (
      id serial PRIMARY KEY,
      buyer_id integer NOT NULL REFERENCES buyers,
      exporter_id integer REFERENCES exporters,
      contact_date date NOT NULL,
      channel text NOT NULL CHECK (channel IN ('phone', 'email', 'letter', 'meeting')),
      staff_name text,
      buyer_contact text,
      summary text NOT NULL,
      promised_amount money_amount CHECK (promised_amount > 0),
      currency currency_code,
      promise_to_pay_date date,
      ${editable},
      CHECK (promised_amount IS NULL OR currency IS NOT NULL)
    );
    CREATE INDEX contacts_buyer_idx ON contacts (buyer_id, contact_date);

    CREATE TABLE contact_invoices (
      contact_id integer NOT NULL REFERENCES contacts ON DELETE CASCADE,
      invoice_id integer NOT NULL REFERENCES invoices,
      PRIMARY KEY (contact_id, invoice_id)
    );
    CREATE INDEX contact_invoices_invoice_idx ON contact_invoices (invoice_id);

    CREATE TABLE reviews (
      id serial PRIMARY KEY,
      invoice_id integer NOT NULL UNIQUE REFERENCES invoices,
      entered_date date NOT NULL,
      decision text CHECK (decision IN ('keep_chasing', 'payment_plan', 'claim', 'agency',
        'write_off')),
      decided_by text,
      decided_date date,
      notes text,
      ${editable},
      CHECK ((decision IS NULL) = (decided_date IS NULL)),
      CHECK (decision IS NULL OR decided_by IS NOT NULL)
    );
    CREATE INDEX reviews_open_idx ON reviews (entered_date) WHERE decision IS NULL;

    CREATE TABLE collection_agencies (
      id serial PRIMARY KEY,
      name text NOT NULL CHECK (length(trim(name)) > 0),
      country country_code NOT NULL DEFAULT 'US',
      email text,
      phone text,
      fee_percent numeric(5,2) CHECK (fee_percent >= 0 AND fee_percent <= 100),
      notes text,
      ${editable}
    );

    CREATE TABLE agency_referrals (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      agency_id integer NOT NULL REFERENCES collection_agencies,
      status text NOT NULL DEFAULT 'authorised' CHECK (status IN ('authorised', 'placed',
        'recovering', 'closed', 'returned')),
      authorised_by text NOT NULL,
      authorised_date date NOT NULL,
      authorisation_document_id integer NOT NULL REFERENCES documents,
      placed_date date,
      amount_placed money_amount NOT NULL CHECK (amount_placed > 0),
      currency currency_code NOT NULL,
      recovered_amount money_amount NOT NULL DEFAULT 0 CHECK (recovered_amount >= 0),
      fee_amount money_amount NOT NULL DEFAULT 0 CHECK (fee_amount >= 0),
      notes text,
      ${editable}
    );
    CREATE INDEX agency_referrals_buyer_idx ON agency_referrals (buyer_id);

    CREATE TABLE agency_referral_invoices (
      agency_referral_id integer NOT NULL REFERENCES agency_referrals ON DELETE CASCADE,
      invoice_id integer NOT NULL REFERENCES invoices,
      PRIMARY KEY (agency_referral_id, invoice_id)
    );
  `);
  await touchOnUpdate(knex, [
    'dunning_levels',
    'dunning_texts',
    'reminders',
    'contacts',
    'reviews',
    'collection_agencies',
    'agency_referrals',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, [
    'agency_referral_invoices',
    'agency_referrals',
    'collection_agencies',
    'reviews',
    'contact_invoices',
    'contacts',
    'reminder_invoices',
    'reminders',
    'dunning_texts',
    'dunning_levels',
  ]);
}
