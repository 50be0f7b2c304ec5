import { badRequest } from '../http/http-error';
import { defineResource } from '../rest/define-resource';
import { currency, date, id, ref, stamps, text } from './columns';

export const CLAIM_STATUSES = [
  'draft',
  'filed',
  'under_review',
  'approved',
  'rejected',
  'paid',
] as const;

const figure = (description: string) => ({ type: 'money', readOnly: true, description }) as const;

// Claims read from claim_list, where every figure is computed in SQL. A claim is opened by
// POST /api/claims/open and moves through its statuses by the commands in server/insurance;
// a plain update may only change its notes and the insurer's reference.
export default defineResource({
  name: 'claims',
  table: 'claims',
  source: 'claim_list',
  defaultSort: ['id', 'DESC'],
  columns: {
    id,
    exporter_id: { ...ref('exporters'), readOnly: true },
    buyer_id: { ...ref('buyers'), readOnly: true },
    policy_id: { ...ref('policies'), readOnly: true },
    kind: { type: 'enum', values: ['protracted_default', 'insolvency'], readOnly: true },
    insolvency_known_date: { ...date(), readOnly: true },
    status: { type: 'enum', values: CLAIM_STATUSES, readOnly: true },
    filed_date: { ...date(), readOnly: true },
    claimed_amount: figure('Open balance of the claimed invoices less disputed amounts'),
    currency: { ...currency, readOnly: true },
    approved_amount: figure('What the insurer approved'),
    insurer_reference: { type: 'string', search: true },
    notes: text,
    claimable: figure('Same as claimed_amount: open less disputed, when opened'),
    limit_amount: figure('The limit in force when the claimed invoices were issued'),
    covered_loss: figure('min(claimable, limit_amount)'),
    insured_percent: { type: 'decimal', readOnly: true },
    deductible: figure("The policy's deductible"),
    expected_payout: figure('covered_loss × insured_percent − deductible, not below zero'),
    claim_due: { type: 'date', readOnly: true, description: 'Last day to file the claim' },
    filed_late: { type: 'boolean', readOnly: true },
    paid_amount: figure('Paid by the insurer so far'),
    recovered_amount: figure('Recovered from the buyer after the claim'),
    insurer_recovery: figure("The insurer's share of the recoveries"),
    exporter_recovery: figure("The exporter's share of the recoveries"),
    ...stamps,
  },
  beforeWrite: ({ existing }) => {
    if (!existing) {
      throw badRequest('Open a claim with POST /api/claims/open', {
        buyer_id: 'claims are opened from overdue insured invoices',
      });
    }
  },
});
