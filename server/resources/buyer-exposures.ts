import { defineResource } from '../rest/define-resource';
import { asOfReport } from './as-of-report';
import { ref } from './columns';
import { exposureColumns } from './exposures';

// Read-only report: buyer_exposure_report(as_of), each buyer's exposure summed over the
// exporters selling to it (room and excess are summed per exporter, never netted).
export default defineResource({
  name: 'buyer_exposures',
  // Summed over every exporter selling to the buyer: another exporter's figures are in it.
  roles: ['admin', 'staff'],
  ...asOfReport('buyer_exposure_report', 'The date of the figures'),
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
