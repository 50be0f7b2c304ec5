import { defineResource } from '../rest/define-resource';
import { ref } from './columns';
import { exposureColumns } from './exposures';

// Read-only report: buyer_exposure_report(as_of), each buyer's exposure summed over the
// exporters selling to it (room and excess are summed per exporter, never netted).
export default defineResource({
  name: 'buyer_exposures',
  source: (db, params) =>
    db.raw('buyer_exposure_report(coalesce(?::date, current_date))', [
      (params.as_of as string | undefined) ?? null,
    ]),
  params: { as_of: { type: 'date', description: 'The date of the figures; today if left out' } },
  defaultSort: ['over_limit', 'DESC'],
  columns: {
    id: { type: 'string', description: 'buyer_id-currency' },
    as_of: { type: 'date', filter: false },
    buyer_id: ref('buyers'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    exporter_count: { type: 'integer' },
    ...exposureColumns,
  },
});
