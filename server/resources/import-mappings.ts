import { badRequest } from '../http/http-error';
import { IMPORT_KINDS } from '../import/import-kinds';
import { mappingErrors } from '../import/import-mapping';
import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The column mapping an exporter's files need, saved per kind of file (docs/import.md).
export default defineResource({
  name: 'import_mappings',
  table: 'import_mappings',
  roles: ['admin', 'staff'],
  defaultSort: ['exporter_id', 'ASC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    kind: { type: 'enum', values: IMPORT_KINDS, required: true },
    mapping: {
      type: 'json',
      required: true,
      description: 'columns, ignore, date_format, decimal_separator, currency, payment_method, pad',
    },
    ...stamps,
  },
  beforeWrite: ({ record }) => {
    if (record.mapping === undefined) return;
    const errors = mappingErrors(record.mapping);
    if (errors) throw badRequest('The mapping is not valid', errors);
  },
});
