import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

// Read-only: cash received but not yet applied to invoices, per buyer (view unapplied_cash).
export default defineResource({
  name: 'unapplied_cash',
  source: 'unapplied_cash',
  defaultSort: ['oldest_received_date', 'ASC'],
  columns: {
    id: { type: 'string', description: 'exporter_id-buyer_id-currency' },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    unapplied_amount: { type: 'money' },
    payment_count: { type: 'integer' },
    oldest_received_date: { type: 'date' },
  },
});
