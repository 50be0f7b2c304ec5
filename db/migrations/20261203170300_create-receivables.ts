import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// Receivables: invoices (the original due date kept), extensions, credits, payments by
// check/wire/ACH/card, their allocations to invoices, deductions, deposits and documents.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE invoices (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      purchase_order_id integer REFERENCES purchase_orders,
      order_confirmation_id integer REFERENCES order_confirmations,
      number text NOT NULL CHECK (length(trim(number)) > 0),
      invoice_date date NOT NULL,
      terms_days integer CHECK (terms_days >= 0),
      -- The original due date: every insurance deadline counts from it. Extensions given
      -- to the buyer live in invoice_extensions and never change it.
      due_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      currency currency_code NOT NULL,
      po_reference text,
      disputed boolean NOT NULL DEFAULT false,
      excluded_from_dunning boolean NOT NULL DEFAULT false,
      notes text,
      ${editable},
      UNIQUE (exporter_id, number),
      CHECK (due_date >= invoice_date)
    );
    CREATE INDEX invoices_exporter_due_idx ON invoices (exporter_id, due_date);
    CREATE INDEX invoices_buyer_idx ON invoices (buyer_id, due_date);
    CREATE INDEX invoices_due_idx ON invoices (due_date);
    CREATE INDEX invoices_invoice_date_idx ON invoices (invoice_date);

    -- Net terms fill in the due date when it is not given.
    CREATE FUNCTION invoices_default_due_date() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.due_date IS NULL AND NEW.terms_days IS NOT NULL THEN
        NEW.due_date := NEW.invoice_date + NEW.terms_days;
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER invoices_default_due_date BEFORE INSERT ON invoices
      FOR EACH ROW EXECUTE FUNCTION invoices_default_due_date();

    CREATE TABLE invoice_extensions (
      id serial PRIMARY KEY,
      invoice_id integer NOT NULL REFERENCES invoices ON DELETE CASCADE,
      agreed_date date NOT NULL,
      extended_due_date date NOT NULL,
      amount money_amount CHECK (amount > 0),
      reason text,
      ${editable}
    );
    CREATE INDEX invoice_extensions_invoice_idx ON invoice_extensions (invoice_id);

    CREATE TABLE credit_notes (
      id serial PRIMARY KEY,
      invoice_id integer NOT NULL REFERENCES invoices,
      kind text NOT NULL DEFAULT 'credit_note' CHECK (kind IN ('credit_note', 'write_off')),
      number text,
      credit_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      reason text,
      ${editable}
    );
    CREATE INDEX credit_notes_invoice_idx ON credit_notes (invoice_id);

    CREATE TABLE deposits (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      bank_account text NOT NULL CHECK (length(trim(bank_account)) > 0),
      deposit_date date NOT NULL,
      currency currency_code NOT NULL DEFAULT 'USD',
      reference text,
      notes text,
      ${editable}
    );
    CREATE INDEX deposits_exporter_idx ON deposits (exporter_id, deposit_date);

    CREATE TABLE payments (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      method text NOT NULL CHECK (method IN ('check', 'wire', 'ach', 'card')),
      amount money_amount NOT NULL CHECK (amount > 0),
      currency currency_code NOT NULL,
      received_date date NOT NULL,
      reference text,
      payer_name text,
      check_number text,
      check_date date,
      check_bank text,
      card_processor_ref text,
      card_fee money_amount CHECK (card_fee >= 0),
      -- Never more than the last four digits of a card.
      card_last4 text CHECK (card_last4 ~ '^[0-9]{4}$'),
      deposit_id integer REFERENCES deposits ON DELETE RESTRICT,
      notes text,
      ${editable},
      CHECK (method <> 'check' OR (check_number IS NOT NULL AND check_date IS NOT NULL)),
      CHECK (method = 'check' OR deposit_id IS NULL)
    );
    CREATE INDEX payments_exporter_idx ON payments (exporter_id, received_date);
    CREATE INDEX payments_buyer_idx ON payments (buyer_id);
    CREATE INDEX payments_deposit_idx ON payments (deposit_id);
    CREATE INDEX payments_undeposited_idx ON payments (check_date)
      WHERE method = 'check' AND deposit_id IS NULL;

    CREATE TABLE allocations (
      id serial PRIMARY KEY,
      payment_id integer NOT NULL REFERENCES payments ON DELETE RESTRICT,
      invoice_id integer NOT NULL REFERENCES invoices ON DELETE RESTRICT,
      amount money_amount NOT NULL CHECK (amount > 0),
      ${editable}
    );
    CREATE INDEX allocations_payment_idx ON allocations (payment_id);
    CREATE INDEX allocations_invoice_idx ON allocations (invoice_id);

    CREATE TABLE deductions (
      id serial PRIMARY KEY,
      invoice_id integer NOT NULL REFERENCES invoices ON DELETE RESTRICT,
      payment_id integer REFERENCES payments,
      amount money_amount NOT NULL CHECK (amount > 0),
      reason_code text NOT NULL CHECK (reason_code IN ('pricing', 'shortage', 'damaged_goods',
        'late_delivery', 'promotional_allowance', 'co_op_advertising', 'returns', 'other')),
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'disputed', 'valid',
        'recovered', 'written_off')),
      opened_date date NOT NULL DEFAULT current_date,
      resolved_date date,
      buyer_explanation text,
      follow_up_notes text,
      ${editable},
      CHECK ((status IN ('open', 'disputed')) = (resolved_date IS NULL))
    );
    CREATE INDEX deductions_invoice_idx ON deductions (invoice_id);
    CREATE INDEX deductions_status_idx ON deductions (status);

    CREATE TABLE documents (
      id serial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('check_image', 'authorisation', 'claim_document',
        'invoice_copy', 'other')),
      payment_id integer REFERENCES payments ON DELETE CASCADE,
      invoice_id integer REFERENCES invoices ON DELETE CASCADE,
      exporter_id integer REFERENCES exporters,
      filename text NOT NULL,
      content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png',
        'application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
      size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by integer REFERENCES users
    );
    CREATE INDEX documents_payment_idx ON documents (payment_id);
    CREATE INDEX documents_invoice_idx ON documents (invoice_id);
  `);
  await touchOnUpdate(knex, [
    'invoices',
    'invoice_extensions',
    'credit_notes',
    'deposits',
    'payments',
    'allocations',
    'deductions',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, [
    'documents',
    'deductions',
    'allocations',
    'payments',
    'deposits',
    'credit_notes',
    'invoice_extensions',
    'invoices',
  ]);
  await knex.raw('DROP FUNCTION IF EXISTS invoices_default_due_date()');
}
