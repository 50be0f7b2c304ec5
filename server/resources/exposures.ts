import { defineResource } from '../rest/define-resource';
import { asOfReport } from './as-of-report';
import { ref } from './columns';

const money = (description: string) => ({ type: 'money', description }) as const;

/** Columns shared by the exporter-and-buyer and the per-buyer exposure reports. */
export const exposureColumns = {
  limit_amount: money('The limit in force on the date (0 when none)'),
  open_insured: money('Open balance of insured invoices issued by the date, not yet due included'),
  not_due_insured: money('The part of open_insured not yet due'),
  available: money('Room left under the limit'),
  over_limit: money('Open insured balance above the limit'),
  oldest_unpaid_due_date: {
    type: 'date',
    description: 'Original due date of the oldest unpaid invoice',
  },
  past_mep: { type: 'boolean', description: 'The oldest unpaid invoice is past its MEP' },
  limit_withdrawn: { type: 'boolean', description: 'The latest limit decision is a cancellation' },
  stop_shipping: { type: 'boolean', description: 'New shipments would not be insured' },
} as const;

// Read-only report: exposure_report(as_of) in SQL, one row per exporter and buyer.
export default defineResource({
  name: 'exposures',
  ...asOfReport('exposure_report', 'The date of the figures'),
  defaultSort: ['over_limit', 'DESC'],
  columns: {
    id: { type: 'string', description: 'exporter_id-buyer_id' },
    as_of: { type: 'date', filter: false },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    policy_id: ref('policies'),
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    ...exposureColumns,
    limit_decision: { type: 'string', description: 'The decision behind the limit in force' },
    limit_expiry_date: { type: 'date' },
    oldest_unpaid_mep_expiry: { type: 'date' },
  },
});
