import { badRequest } from '../http/http-error';
import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

const MATCHED = ['policy_id', 'exporter_id', 'currency'] as const;

export default defineResource({
  name: 'premium_payments',
  table: 'premium_payments',
  defaultSort: ['paid_date', 'DESC'],
  columns: {
    id,
    premium_id: ref('premiums', false),
    policy_id: ref('policies'),
    exporter_id: ref('exporters'),
    paid_date: date(true),
    amount: amount(),
    currency,
    reference: { type: 'string', search: true },
    recovered_date: { ...date(), description: 'When the exporter reimbursed the agent' },
    notes: text,
    ...stamps,
  },
  // A prepayment recorded against a premium belongs to that premium's policy and exporter.
  beforeWrite: async ({ trx, record, existing }) => {
    const merged = { ...existing, ...record };
    if (!merged.premium_id) return;
    const premium = await trx('premiums').where({ id: merged.premium_id }).first();
    if (!premium) return; // the foreign key names the missing premium
    const errors: Record<string, string> = {};
    for (const field of MATCHED) {
      if (merged[field] !== premium[field])
        errors[field] = `must be the premium's (${premium[field]})`;
    }
    if (Object.keys(errors).length > 0) {
      throw badRequest('The payment does not match the premium it pays', errors);
    }
  },
});
