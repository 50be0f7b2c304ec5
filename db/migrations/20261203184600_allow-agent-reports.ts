import type { Knex } from 'knex';

// A batch of limit requests for the insurer is the agent's document, spanning exporters:
// it is stored in reports with no exporter. The unique key stays as it is for exporters'
// reports (a NULL exporter never collides).
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE reports ALTER COLUMN exporter_id DROP NOT NULL;
    ALTER TABLE reports ADD CONSTRAINT reports_agent_batch_check
      CHECK (exporter_id IS NOT NULL OR kind = 'limit_batch');
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DELETE FROM reports WHERE exporter_id IS NULL;
    ALTER TABLE reports DROP CONSTRAINT reports_agent_batch_check;
    ALTER TABLE reports ALTER COLUMN exporter_id SET NOT NULL;
  `);
}
