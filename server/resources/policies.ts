import { defineResource } from '../rest/define-resource';
import { anyOf, referencedBy } from '../rest/exporter-scopes';
import { currency, date, days, id, stamps, text } from './columns';

export default defineResource({
  name: 'policies',
  exporterScope: anyOf(
    referencedBy('limit_requests', 'policy_id'),
    referencedBy('premiums', 'policy_id'),
    referencedBy('claims', 'policy_id'),
  ),
  table: 'policies',
  defaultSort: ['start_date', 'DESC'],
  columns: {
    id,
    insurer: { type: 'string', required: true, search: true },
    policy_number: { type: 'string', required: true, search: true },
    currency,
    start_date: date(true),
    end_date: date(true),
    mep_days: { ...days(), description: 'Maximum extension period after the original due date' },
    overdue_notice_days: { ...days(), description: 'Overdue notice due, days after MEP expiry' },
    claim_filing_days: { ...days(), description: 'Claim due, days after MEP expiry' },
    waiting_period_days: days(),
    insolvency_notice_days: days(false),
    insured_percent: { type: 'decimal', required: true, positive: true },
    deductible: { type: 'money', nonNegative: true },
    max_credit_days: { ...days(), minimum: 1 },
    premium_rate: {
      type: 'decimal',
      required: true,
      nonNegative: true,
      description: 'Percent of insured turnover: 0.25 means 0.25 %',
    },
    min_premium: { type: 'money', nonNegative: true },
    buyer_fee: { type: 'money', nonNegative: true },
    notes: text,
    ...stamps,
  },
});
