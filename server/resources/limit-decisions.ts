import { defineResource } from '../rest/define-resource';
import { throughParent } from '../rest/exporter-scopes';
import { date, id, ref, text } from './columns';

export default defineResource({
  name: 'limit_decisions',
  exporterScope: throughParent('limit_requests', 'limit_request_id'),
  table: 'limit_decisions',
  defaultSort: ['decision_date', 'DESC'],
  columns: {
    id,
    limit_request_id: ref('limit_requests'),
    decision: {
      type: 'enum',
      required: true,
      values: ['approved', 'partial', 'conditional', 'temporary', 'declined', 'reduced', 'cancelled'],
    },
    granted_amount: { type: 'money', required: true, nonNegative: true },
    decision_date: date(true),
    effective_date: { ...date(true), description: 'When the decision takes effect' },
    expiry_date: date(),
    reason: text,
    conditions: text,
    insurer_reference: { type: 'string', search: true },
    created_at: { type: 'timestamp', readOnly: true },
  },
});
