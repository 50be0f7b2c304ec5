import type { Knex } from 'knex';

// Which reminders named an invoice, with the reminder's date, level and status, so an
// invoice's page can list its dunning history (reminder_invoices is a plain join table).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE VIEW invoice_reminder_list AS
      SELECT ri.reminder_id || '-' || ri.invoice_id AS id, ri.reminder_id, ri.invoice_id,
             ri.dunning_level_id, ri.open_balance, r.currency::text AS currency,
             r.reminder_date, r.channel, r.status, r.exporter_id, r.buyer_id
        FROM reminder_invoices ri JOIN reminders r ON r.id = ri.reminder_id;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP VIEW invoice_reminder_list');
}
