import type { Knex } from 'knex';
import { dropTables } from '../schema-helpers';

// What the system itself keeps: the audit log, job runs, and the reports jobs generate.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      user_id integer REFERENCES users ON DELETE SET NULL,
      resource text NOT NULL,
      record_id text NOT NULL,
      action text NOT NULL CHECK (action IN ('create', 'update', 'delete')),
      before jsonb,
      after jsonb,
      request_id text
    );
    CREATE INDEX audit_log_record_idx ON audit_log (resource, record_id);
    CREATE INDEX audit_log_at_idx ON audit_log (at);

    CREATE TABLE job_runs (
      id serial PRIMARY KEY,
      job text NOT NULL,
      as_of date NOT NULL,
      exporter_id integer REFERENCES exporters,
      trigger text NOT NULL DEFAULT 'manual' CHECK (trigger IN ('manual', 'schedule')),
      started_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz,
      status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
      counts jsonb NOT NULL DEFAULT '{}',
      error text
    );
    CREATE INDEX job_runs_job_idx ON job_runs (job, as_of);

    CREATE TABLE reports (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      kind text NOT NULL CHECK (kind IN ('weekly', 'claim_pack', 'limit_batch')),
      period_start date NOT NULL,
      period_end date NOT NULL,
      language text NOT NULL CHECK (language IN ('en', 'it')),
      filename text NOT NULL,
      content bytea NOT NULL,
      size_bytes integer NOT NULL,
      sha256 text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      mailed_at timestamptz,
      mailed_to text[],
      UNIQUE (exporter_id, kind, period_start, period_end)
    );
  `);
}

export async function down(knex: Knex): Promise<void> {
  await dropTables(knex, ['reports', 'job_runs', 'audit_log']);
}
