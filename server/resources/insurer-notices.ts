import { defineResource } from '../rest/define-resource';
import { anyOf, throughParent } from '../rest/exporter-scopes';
import { date, id, ref, stamps, text } from './columns';

// Notices sent to the insurer: an overdue account (per invoice) or a buyer's insolvency
// (per insolvency claim). Each one settles its row in the deadlines report.
export default defineResource({
  name: 'insurer_notices',
  // An exporter sees the notices about its own invoices and claims.
  exporterScope: anyOf(
    throughParent('invoices', 'invoice_id'),
    throughParent('claims', 'claim_id'),
  ),
  table: 'insurer_notices',
  defaultSort: ['notice_date', 'DESC'],
  columns: {
    id,
    kind: { type: 'enum', values: ['overdue', 'insolvency'], required: true },
    invoice_id: { ...ref('invoices', false), description: 'Required for an overdue notice' },
    claim_id: { ...ref('claims', false), description: 'Required for an insolvency notice' },
    notice_date: date(true),
    reference: { type: 'string', search: true },
    notes: text,
    ...stamps,
  },
});
