import { defineResource } from '../rest/define-resource';
import { asOfReport } from './as-of-report';
import { ref } from './columns';

export const DEADLINE_KINDS = [
  'overdue_notice',
  'claim_filing',
  'insolvency_notice',
  'insolvency_claim',
] as const;

// Read-only report: deadline_report(as_of) in SQL. What must reach the insurer and by when,
// for insured open invoices and insolvency claims; a row leaves once the notice is sent
// (insurer_notices) or the claim filed.
export default defineResource({
  name: 'deadlines',
  ...asOfReport('deadline_report', 'The date to check at'),
  defaultSort: ['due_date', 'ASC'],
  columns: {
    id: { type: 'string', description: 'kind-invoice_id or kind-claim_id' },
    as_of: { type: 'date', filter: false },
    kind: { type: 'enum', values: DEADLINE_KINDS },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    invoice_id: ref('invoices', false),
    claim_id: ref('claims', false),
    policy_id: ref('policies'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    amount: { type: 'money', description: 'Open balance (invoice) or claimed amount (claim)' },
    due_date: { type: 'date', description: 'The last day to act' },
    days_left: { type: 'integer', description: 'Negative once missed' },
    status: { type: 'enum', values: ['upcoming', 'missed'] },
  },
});
