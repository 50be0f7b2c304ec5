import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

export const CLAIM_STATUSES = ['draft', 'filed', 'under_review', 'approved', 'rejected', 'paid'] as const;

export default defineResource({
  name: 'claims',
  table: 'claims',
  defaultSort: ['id', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    policy_id: ref('policies'),
    kind: { type: 'enum', values: ['protracted_default', 'insolvency'] },
    insolvency_known_date: date(),
    status: { type: 'enum', values: CLAIM_STATUSES },
    filed_date: date(),
    claimed_amount: amount(),
    currency,
    approved_amount: { type: 'money', nonNegative: true },
    insurer_reference: { type: 'string', search: true },
    notes: text,
    ...stamps,
  },
});
