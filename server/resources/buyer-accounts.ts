import { defineResource } from '../rest/define-resource';
import { id, ref, stamps } from './columns';

// The exporter's own customer number for a buyer: how its files name the buyer.
export default defineResource({
  name: 'buyer_accounts',
  table: 'buyer_accounts',
  defaultSort: ['account_number', 'ASC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    account_number: { type: 'string', required: true, search: true },
    ...stamps,
  },
});
