import type { Knex } from 'knex';
import { dropTables, editable, touchOnUpdate } from '../schema-helpers';

// The one-week promise: what the agent told each exporter about a buyer's cover (approved
// and for how much, declined and why, or still pending), when, and for which purchase
// orders. A PO counts as reported once any notification names it, pending included.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE TABLE exporter_notifications (
      id serial PRIMARY KEY,
      exporter_id integer NOT NULL REFERENCES exporters,
      buyer_id integer NOT NULL REFERENCES buyers,
      limit_request_id integer REFERENCES limit_requests,
      outcome text NOT NULL CHECK (outcome IN ('approved', 'declined', 'pending')),
      amount money_amount CHECK (amount > 0),
      currency currency_code,
      reason text,
      notified_date date NOT NULL,
      channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'phone', 'letter',
        'meeting')),
      notes text,
      ${editable},
      CONSTRAINT exporter_notifications_approved_amount
        CHECK ((outcome = 'approved') = (amount IS NOT NULL AND currency IS NOT NULL)),
      CONSTRAINT exporter_notifications_declined_reason
        CHECK (outcome <> 'declined' OR length(trim(coalesce(reason, ''))) > 0)
    );
    CREATE INDEX exporter_notifications_pair_idx ON exporter_notifications (exporter_id, buyer_id);

    CREATE TABLE exporter_notification_orders (
      exporter_notification_id integer NOT NULL REFERENCES exporter_notifications
        ON DELETE CASCADE,
      purchase_order_id integer NOT NULL REFERENCES purchase_orders,
      PRIMARY KEY (exporter_notification_id, purchase_order_id)
    );
    CREATE INDEX exporter_notification_orders_po_idx
      ON exporter_notification_orders (purchase_order_id);

    CREATE VIEW exporter_notification_list AS
      SELECT n.*, coalesce(orders.ids, '{}') AS purchase_order_ids
        FROM exporter_notifications n
        CROSS JOIN LATERAL (SELECT array_agg(o.purchase_order_id ORDER BY o.purchase_order_id)
                                   AS ids
                              FROM exporter_notification_orders o
                             WHERE o.exporter_notification_id = n.id) orders;

    -- POs whose buyer's cover was not reported to the exporter by the date: late once
    -- notify_by has passed, due soon when notify_by falls within the next two days.
    CREATE FUNCTION promise_watch(p_as_of date)
    RETURNS TABLE (id integer, as_of date, purchase_order_id integer, exporter_id integer,
                   buyer_id integer, number text, received_date date, notify_by date,
                   amount numeric, currency text, state text, days_late integer)
    LANGUAGE sql STABLE AS $$
      SELECT po.id, p_as_of, po.id, po.exporter_id, po.buyer_id, po.number, po.received_date,
             po.notify_by, po.amount, po.currency::text,
             CASE WHEN po.notify_by < p_as_of THEN 'late' ELSE 'due_soon' END,
             greatest(p_as_of - po.notify_by, 0)
        FROM purchase_orders po
       WHERE po.received_date <= p_as_of AND po.notify_by <= p_as_of + 2
         AND NOT EXISTS (
           SELECT 1 FROM exporter_notification_orders o
             JOIN exporter_notifications n ON n.id = o.exporter_notification_id
            WHERE o.purchase_order_id = po.id AND n.notified_date <= p_as_of)
    $$;
  `);
  await touchOnUpdate(knex, ['exporter_notifications']);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP FUNCTION promise_watch(date); DROP VIEW exporter_notification_list');
  await dropTables(knex, ['exporter_notification_orders', 'exporter_notifications']);
}
