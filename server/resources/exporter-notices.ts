import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

// Read-only: what each exporter is told about one day, the payments received and the
// deposits made, per currency (exporter_notices(date) in SQL).
export default defineResource({
  name: 'exporter_notices',
  source: (db, params) =>
    db.raw('exporter_notices(coalesce(?::date, current_date))', [
      (params.date as string | undefined) ?? null,
    ]),
  params: { date: { type: 'date', description: 'The day told about; today if left out' } },
  defaultSort: ['exporter_id', 'ASC'],
  columns: {
    id: { type: 'string', description: 'exporter_id-currency-date' },
    notice_date: { type: 'date', filter: false },
    exporter_id: ref('exporters'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    payment_count: { type: 'integer' },
    payments_total: { type: 'money' },
    deposit_count: { type: 'integer' },
    deposits_total: { type: 'money' },
    payments: { type: 'json', description: 'Each payment received: buyer, method, amount' },
    deposits: { type: 'json', description: 'Each deposit made: bank account, total, checks' },
  },
});
