import type { Knex } from 'knex';

// The dashboard's per-currency figures, computed once in SQL from invoice_list and
// payment_list so the admin never adds money in the browser. One row per currency for all
// exporters together (all_exporters), and one per exporter and currency, so an exporter's
// user can be shown its own figures. DSO = open receivables / credit sales of the last
// 90 days x 90. The aging buckets are aging_report(today)'s, added up per currency.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE VIEW dashboard_figures AS
      WITH items AS (
        SELECT exporter_id, currency::text AS currency,
               greatest(open_balance, 0.00) AS open_amount,
               CASE WHEN open_balance > 0 AND days_past_due > 0 THEN open_balance ELSE 0.00 END
                 AS overdue_amount,
               CASE WHEN invoice_date > current_date - 90 AND invoice_date <= current_date
                    THEN amount ELSE 0.00 END AS recent_sales,
               0.00 AS unapplied_amount, 0.00 AS not_due, 0.00 AS d1_30, 0.00 AS d31_60,
               0.00 AS d61_90, 0.00 AS d91_120, 0.00 AS over_120
          FROM invoice_list
        UNION ALL
        SELECT exporter_id, currency::text, 0.00, 0.00, 0.00, unapplied_amount,
               0.00, 0.00, 0.00, 0.00, 0.00, 0.00
          FROM payment_list
        UNION ALL
        SELECT exporter_id, currency, 0.00, 0.00, 0.00, 0.00,
               not_due, d1_30, d31_60, d61_90, d91_120, over_120
          FROM aging_report(current_date)
      )
      SELECT coalesce(exporter_id::text, 'all') || '-' || currency AS id,
             exporter_id, currency, grouping(exporter_id) = 1 AS all_exporters,
             sum(open_amount)::numeric(14,2) AS open_receivables,
             sum(overdue_amount)::numeric(14,2) AS overdue_amount,
             sum(unapplied_amount)::numeric(14,2) AS unapplied_cash,
             sum(recent_sales)::numeric(14,2) AS sales_90_days,
             sum(not_due)::numeric(14,2) AS not_due, sum(d1_30)::numeric(14,2) AS d1_30,
             sum(d31_60)::numeric(14,2) AS d31_60, sum(d61_90)::numeric(14,2) AS d61_90,
             sum(d91_120)::numeric(14,2) AS d91_120, sum(over_120)::numeric(14,2) AS over_120,
             CASE WHEN sum(recent_sales) > 0
                  THEN round(sum(open_amount) / sum(recent_sales) * 90, 1) END AS dso
        FROM items
       GROUP BY GROUPING SETS ((currency), (exporter_id, currency));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP VIEW dashboard_figures');
}
