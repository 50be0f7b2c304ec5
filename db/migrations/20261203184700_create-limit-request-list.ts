import type { Knex } from 'knex';

// Limit requests with the purchase orders behind them, as the limit_requests resource reads.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE VIEW limit_request_list AS
      SELECT r.*, coalesce(orders.ids, '{}') AS purchase_order_ids
        FROM limit_requests r
        CROSS JOIN LATERAL (SELECT array_agg(o.purchase_order_id ORDER BY o.purchase_order_id)
                                   AS ids
                              FROM limit_request_orders o
                             WHERE o.limit_request_id = r.id) orders;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP VIEW limit_request_list');
}
