import type { Knex } from 'knex';

// The premium of a policy for a period, per exporter: insured turnover (insured invoices
// issued in the period, in the policy currency) × premium_rate %, never below the minimum
// premium pro-rated by the days of the policy year. The policy-level premium is split in
// proportion to each exporter's insured turnover (equally among the exporters holding
// requests on the policy when there was none); the rounding cent goes to the largest share.
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    CREATE FUNCTION premium_calculation(p_policy_id integer, p_start date, p_end date)
    RETURNS TABLE (id text, policy_id integer, exporter_id integer, period_start date,
                   period_end date, currency text, period_days integer, year_days integer,
                   insured_turnover numeric, rate_premium numeric, total_turnover numeric,
                   total_rate_premium numeric, minimum_premium numeric, total_premium numeric,
                   premium numeric)
    LANGUAGE sql STABLE AS $$
      WITH pol AS (
        SELECT p.*, y.year_start, ((y.year_start + interval '1 year')::date - y.year_start)
                 AS year_days
          FROM policies p
          CROSS JOIN LATERAL (SELECT (p.start_date + make_interval(years =>
                   extract(year FROM age(p_start, p.start_date))::integer))::date AS year_start) y
         WHERE p.id = p_policy_id AND p_end >= p_start
      ),
      turnover AS (
        SELECT i.exporter_id, sum(i.amount) AS amount
          FROM pol
          JOIN invoices i ON i.currency = pol.currency
                         AND i.invoice_date BETWEEN p_start AND p_end
          CROSS JOIN LATERAL invoice_figures(i, NULL) f
         WHERE f.insured AND f.policy_id = pol.id
         GROUP BY i.exporter_id
      ),
      exporters AS (
        SELECT t.exporter_id, t.amount, t.amount AS weight FROM turnover t
        UNION ALL
        SELECT DISTINCT r.exporter_id, 0.00, 1.00
          FROM limit_requests r
         WHERE r.policy_id = p_policy_id AND NOT EXISTS (SELECT 1 FROM turnover)
      ),
      totals AS (
        SELECT pol.*, (p_end - p_start + 1) AS period_days,
               coalesce((SELECT sum(amount) FROM turnover), 0.00) AS total_turnover,
               round(coalesce((SELECT sum(amount) FROM turnover), 0.00) * pol.premium_rate / 100,
                     2) AS total_rate_premium,
               round(pol.min_premium * (p_end - p_start + 1) / pol.year_days, 2) AS minimum
          FROM pol
      ),
      shares AS (
        SELECT e.exporter_id, e.amount, t.*,
               greatest(t.total_rate_premium, t.minimum) AS total_premium,
               round(greatest(t.total_rate_premium, t.minimum) * e.weight
                     / sum(e.weight) OVER (), 2) AS share,
               row_number() OVER (ORDER BY e.weight DESC, e.exporter_id) AS rank
          FROM exporters e CROSS JOIN totals t
      )
      SELECT s.id || '-' || s.exporter_id || '-' || p_start || '-' || p_end, s.id, s.exporter_id,
             p_start, p_end, s.currency::text, s.period_days, s.year_days, s.amount,
             round(s.amount * s.premium_rate / 100, 2), s.total_turnover, s.total_rate_premium,
             s.minimum, s.total_premium,
             s.share + CASE WHEN s.rank = 1 THEN s.total_premium - sum(s.share) OVER () ELSE 0 END
        FROM shares s
    $$;

    -- Premiums with what has been prepaid to the insurer against each.
    CREATE VIEW premium_list AS
      SELECT p.*, paid.amount AS paid_amount, p.amount - paid.amount AS outstanding
        FROM premiums p
        CROSS JOIN LATERAL (SELECT coalesce(sum(pp.amount), 0.00) AS amount
                              FROM premium_payments pp WHERE pp.premium_id = p.id) paid;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP VIEW premium_list;
    DROP FUNCTION premium_calculation(integer, date, date);
  `);
}
