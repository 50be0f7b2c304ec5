import { defineResource } from '../rest/define-resource';
import { currency, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'deposits',
  table: 'deposits',
  source: 'deposit_list',
  defaultSort: ['deposit_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    bank_account: { type: 'string', required: true, search: true },
    deposit_date: date(true),
    currency: { ...currency, required: false },
    reference: { type: 'string', search: true },
    notes: text,
    total: { type: 'money', readOnly: true, description: 'Sum of the checks it holds' },
    check_count: { type: 'integer', readOnly: true },
    ...stamps,
  },
});
