import { defineResource } from '../rest/define-resource';
import { currency, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'premiums',
  table: 'premiums',
  // Amounts come from POST /api/policies/:id/premiums (premium_calculation in SQL).
  source: 'premium_list',
  defaultSort: ['period_start', 'DESC'],
  columns: {
    id,
    policy_id: ref('policies'),
    exporter_id: ref('exporters'),
    period_start: date(true),
    period_end: date(true),
    insured_turnover: { type: 'money', nonNegative: true },
    amount: { type: 'money', required: true, nonNegative: true },
    currency,
    notes: text,
    paid_amount: { type: 'money', readOnly: true, description: 'Prepaid to the insurer' },
    outstanding: { type: 'money', readOnly: true },
    ...stamps,
  },
});
