import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

const money = { type: 'money' } as const;

// Read-only report: premium_calculation(policy, start, end) in SQL, one row per exporter.
// Filter with policy_id, period_start and period_end; without them the list is empty.
export default defineResource({
  name: 'premium_calculations',
  // The policy's totals (total_turnover, total_premium) hold the other exporters' figures;
  // an exporter reads its own premium in `premiums`.
  roles: ['admin', 'staff'],
  source: (db, params) =>
    db.raw('premium_calculation(?::integer, ?::date, ?::date)', [
      (params.policy_id as number | undefined) ?? null,
      (params.period_start as string | undefined) ?? null,
      (params.period_end as string | undefined) ?? null,
    ]),
  params: {
    policy_id: ref('policies'),
    period_start: { type: 'date', description: 'First day of the period' },
    period_end: { type: 'date', description: 'Last day of the period' },
  },
  defaultSort: ['premium', 'DESC'],
  columns: {
    id: { type: 'string', description: 'policy_id-exporter_id-start-end' },
    policy_id: { ...ref('policies'), filter: false },
    exporter_id: ref('exporters'),
    period_start: { type: 'date', filter: false },
    period_end: { type: 'date', filter: false },
    currency: { type: 'string' },
    period_days: { type: 'integer' },
    year_days: { type: 'integer', description: 'Days of the policy year the period falls in' },
    insured_turnover: { ...money, description: "This exporter's insured invoices in the period" },
    rate_premium: { ...money, description: 'insured_turnover × premium_rate %' },
    total_turnover: money,
    total_rate_premium: money,
    minimum_premium: { ...money, description: 'min_premium × period_days / year_days' },
    total_premium: { ...money, description: 'The greater of the rate premium and the minimum' },
    premium: { ...money, description: "This exporter's share of total_premium" },
  },
});
