import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, text } from './columns';

export const LIMIT_DECISIONS = [
  'pending',
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'reduced',
  'cancelled',
] as const;

// The insurer's answers, oldest kept. Read-only: decisions are recorded through
// POST /api/limit_requests/:id/decide and /amend (server/insurance), which keep the
// request's status in step in the same transaction.
export default defineResource({
  name: 'limit_decisions',
  exporterScope: throughParent('limit_requests', 'limit_request_id'),
  source: 'limit_decisions',
  defaultSort: ['decision_date', 'DESC'],
  columns: {
    id,
    limit_request_id: ref('limit_requests'),
    decision: { type: 'enum', values: LIMIT_DECISIONS },
    granted_amount: { type: 'money' },
    decision_date: date(),
    effective_date: { ...date(), description: 'When the decision takes effect' },
    expiry_date: date(),
    reason: text,
    conditions: text,
    insurer_reference: { type: 'string', search: true },
    created_at: { type: 'timestamp' },
  },
});
