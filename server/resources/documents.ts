import { defineResource } from '../rest/define-resource';
import { anyOf, byColumn, throughParent } from '../rest/exporter-scopes';
import { id, ref } from './columns';

// Metadata only: the file itself is uploaded and downloaded through its own routes.
export default defineResource({
  name: 'documents',
  exporterScope: anyOf(
    byColumn(),
    throughParent('payments', 'payment_id'),
    throughParent('invoices', 'invoice_id'),
  ),
  source: 'documents',
  defaultSort: ['created_at', 'DESC'],
  columns: {
    id,
    kind: {
      type: 'enum',
      values: ['check_image', 'authorisation', 'claim_document', 'invoice_copy', 'other'],
    },
    payment_id: ref('payments', false),
    invoice_id: ref('invoices', false),
    exporter_id: ref('exporters', false),
    filename: { type: 'string', search: true },
    content_type: { type: 'string' },
    size_bytes: { type: 'integer' },
    sha256: { type: 'string' },
    created_at: { type: 'timestamp' },
    created_by: ref('users', false),
  },
});
