import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

const bucket = { type: 'money', description: 'Open balance in this bucket' } as const;

// Read-only report: aging_report(as_of) in SQL, one row per exporter, buyer and currency.
export default defineResource({
  name: 'aging',
  source: (db, params) =>
    db.raw('aging_report(coalesce(?::date, current_date))', [
      (params.as_of as string | undefined) ?? null,
    ]),
  params: { as_of: { type: 'date', description: 'The date to age at; today if left out' } },
  defaultSort: ['total', 'DESC'],
  columns: {
    id: { type: 'string', description: 'exporter_id-buyer_id-currency' },
    as_of: { type: 'date', filter: false },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    not_due: bucket,
    d1_30: bucket,
    d31_60: bucket,
    d61_90: bucket,
    d91_120: bucket,
    over_120: bucket,
    total: bucket,
    invoice_count: { type: 'integer' },
  },
});
