import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// Credit insurance: the policy and its terms (data, never constants), the season's purchase
// orders, limit requests with the insurer's decisions (history kept), and premiums.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE policies (
      id serial PRIMARY KEY,
      insurer text NOT NULL CHECK (length(trim(insurer)) > 0),
      policy_number text NOT NULL UNIQUE,
      currency currency_code NOT NULL DEFAULT 'USD',
      start_date date NOT NULL,
      end_date date NOT NULL,
      mep_days integer NOT NULL CHECK (mep_days >= 0),
      overdue_notice_days integer NOT NULL CHECK (overdue_notice_days >= 0),
      claim_filing_days integer NOT NULL CHECK (claim_filing_days >= 0),
      waiting_period_days integer NOT NULL CHECK (waiting_period_days >= 0),
      insolvency_notice_days integer NOT NULL DEFAULT 15 CHECK (insolvency_notice_days >= 0),
      insured_percent numeric(5,2) NOT NULL CHECK (insured_percent > 0 AND insured_percent <= 100),
      deductible money_amount NOT NULL DEFAULT 0 CHECK (deductible >= 0),
      max_credit_days integer NOT NULL CHECK (max_credit_days > 0),
      -- premium_rate is a percentage of insured turnover: 0.25 means 0.25 %.
      premium_rate numeric(7,4) NOT NULL CHECK (premium_rate >= 0 AND premium_rate < 100),
      min_premium money_amount NOT NULL DEFAULT 0 CHECK (min_premium >= 0),
      buyer_fee money_amount NOT NULL DEFAULT 0 CHECK (buyer_fee >= 0),
      notes text,
      ${editable},
      CHECK (end_date > start_date)
    );

    CREATE TABLE purchase_orders (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      number text NOT NULL CHECK (length(trim(number)) > 0),
      order_date date,
      received_date date NOT NULL,
      -- The one-week promise: the exporter hears about this buyer's cover by this date.
      notify_by date GENERATED ALWAYS AS (received_date + 7) STORED,
      amount money_amount NOT NULL CHECK (amount > 0),
      currency currency_code NOT NULL,
      season text,
      notes text,
      ${editable},
      UNIQUE (exporter_id, number)
    );
    CREATE INDEX purchase_orders_buyer_idx ON purchase_orders (buyer_id);
    CREATE INDEX purchase_orders_notify_by_idx ON purchase_orders (notify_by);

    CREATE TABLE order_confirmations (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      purchase_order_id integer REFERENCES purchase_orders,
      number text NOT NULL CHECK (length(trim(number)) > 0),
      confirmation_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      currency currency_code NOT NULL,
      terms_days integer CHECK (terms_days >= 0),
      ship_date date,
      notes text,
      ${editable},
      UNIQUE (exporter_id, number)
    );
    CREATE INDEX order_confirmations_buyer_idx ON order_confirmations (buyer_id);
    CREATE INDEX order_confirmations_po_idx ON order_confirmations (purchase_order_id);

    CREATE TABLE limit_requests (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      policy_id integer NOT NULL REFERENCES policies,
      requested_amount money_amount NOT NULL CHECK (requested_amount > 0),
      currency currency_code NOT NULL,
      terms_days integer CHECK (terms_days > 0),
      request_date date NOT NULL DEFAULT current_date,
      submitted_date date,
      -- Mirrors the latest decision; the history is in limit_decisions.
      status text NOT NULL DEFAULT 'pending' CHECK (status IN (
        'pending', 'approved', 'partial', 'conditional', 'temporary', 'declined',
        'reduced', 'cancelled')),
      granted_amount money_amount CHECK (granted_amount >= 0),
      decision_date date,
      expiry_date date,
      notes text,
      ${editable}
    );
    CREATE INDEX limit_requests_pair_idx ON limit_requests (exporter_id, buyer_id);
    CREATE INDEX limit_requests_buyer_idx ON limit_requests (buyer_id);
    CREATE INDEX limit_requests_status_idx ON limit_requests (status);

    CREATE TABLE limit_request_orders (
      limit_request_id integer NOT NULL REFERENCES limit_requests ON DELETE CASCADE,
      purchase_order_id integer NOT NULL REFERENCES purchase_orders,
      PRIMARY KEY (limit_request_id, purchase_order_id)
    );
    CREATE INDEX limit_request_orders_po_idx ON limit_request_orders (purchase_order_id);

    CREATE TABLE limit_decisions (
      id serial PRIMARY KEY,
      limit_request_id integer NOT NULL REFERENCES limit_requests,
      decision text NOT NULL CHECK (decision IN (
        'approved', 'partial', 'conditional', 'temporary', 'declined', 'reduced', 'cancelled')),
      granted_amount money_amount NOT NULL DEFAULT 0 CHECK (granted_amount >= 0),
      decision_date date NOT NULL,
      -- When the decision bites: a reduction or cancellation usually ~30 days after notice.
      effective_date date NOT NULL,
      expiry_date date,
      reason text,
      conditions text,
      insurer_reference text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (effective_date >= decision_date),
      CHECK (decision <> 'temporary' OR expiry_date IS NOT NULL),
      CHECK (expiry_date IS NULL OR expiry_date >= effective_date),
      CHECK (decision NOT IN ('declined', 'cancelled') OR granted_amount = 0)
    );
    CREATE INDEX limit_decisions_request_idx ON limit_decisions (limit_request_id, effective_date);

    CREATE TABLE premiums (
      id serial PRIMARY KEY,
      policy_id integer NOT NULL REFERENCES policies,
      exporter_id integer NOT NULL REFERENCES exporters,
      period_start date NOT NULL,
      period_end date NOT NULL,
      insured_turnover money_amount NOT NULL DEFAULT 0 CHECK (insured_turnover >= 0),
      amount money_amount NOT NULL CHECK (amount >= 0),
      currency currency_code NOT NULL,
      notes text,
      ${editable},
      CHECK (period_end >= period_start),
      UNIQUE (policy_id, exporter_id, period_start)
    );

    CREATE TABLE premium_payments (
      id serial PRIMARY KEY,
      premium_id integer REFERENCES premiums,
      policy_id integer NOT NULL REFERENCES policies,
      exporter_id integer NOT NULL REFERENCES exporters,
      paid_date date NOT NULL,
      amount money_amount NOT NULL CHECK (amount > 0),
      currency currency_code NOT NULL,
      reference text,
      recovered_date date,
      notes text,
      ${editable}
    );
    CREATE INDEX premium_payments_exporter_idx ON premium_payments (exporter_id);
  `);
  await touchOnUpdate(knex, [
    'policies',
    'purchase_orders',
    'order_confirmations',
    'limit_requests',
    'premiums',
    'premium_payments',
  ]);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, [
    'premium_payments',
    'premiums',
    'limit_decisions',
    'limit_request_orders',
    'limit_requests',
    'order_confirmations',
    'purchase_orders',
    'policies',
  ]);
}
