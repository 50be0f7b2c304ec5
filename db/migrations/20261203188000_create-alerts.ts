import type { Knex } from 'knex';
import { editable, dropTables, touchOnUpdate } from '../schema-helpers';

// The day's work the nightly jobs leave for the staff: each alert is created once, however
// often a job runs, because its subject (an invoice's deadline, a PO, a check) is unique.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE alerts (
      id serial PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('overdue_notice_due', 'overdue_notice_missed',
        'claim_filing_due', 'claim_filing_missed', 'insolvency_notice_due',
        'insolvency_notice_missed', 'insolvency_claim_due', 'insolvency_claim_missed',
        'review_due', 'check_depositable', 'po_notice_due', 'po_notice_late', 'reminder_due')),
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer REFERENCES buyers,
      invoice_id integer REFERENCES invoices ON DELETE CASCADE,
      purchase_order_id integer REFERENCES purchase_orders ON DELETE CASCADE,
      payment_id integer REFERENCES payments ON DELETE CASCADE,
      reminder_id integer REFERENCES reminders ON DELETE CASCADE,
      claim_id integer REFERENCES claims ON DELETE CASCADE,
      due_date date,
      raised_on date NOT NULL,
      message text NOT NULL,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed')),
      ${editable}
    );
    CREATE UNIQUE INDEX alerts_subject_key ON alerts (kind,
      coalesce(invoice_id, 0), coalesce(purchase_order_id, 0), coalesce(payment_id, 0),
      coalesce(reminder_id, 0), coalesce(claim_id, 0));
    CREATE INDEX alerts_open_idx ON alerts (status, raised_on);
    CREATE INDEX alerts_exporter_idx ON alerts (exporter_id);

    -- A scheduled run of a job for a day happens once, whichever app instance gets there.
    CREATE UNIQUE INDEX job_runs_scheduled_once ON job_runs (job, as_of, coalesce(exporter_id, 0))
      WHERE trigger = 'schedule' AND status <> 'failed';
  `);
  await touchOnUpdate(knex, ['alerts']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX IF EXISTS job_runs_scheduled_once');
  await dropTables(knex, ['alerts']);
}
