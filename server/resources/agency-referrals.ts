import { defineResource } from '../rest/define-resource';
import { amount, currency, date, id, ref, stamps, text } from './columns';

export default defineResource({
  name: 'agency_referrals',
  table: 'agency_referrals',
  defaultSort: ['authorised_date', 'DESC'],
  columns: {
    id,
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    agency_id: ref('collection_agencies'),
    status: { type: 'enum', values: ['authorised', 'placed', 'recovering', 'closed', 'returned'] },
    authorised_by: { type: 'string', required: true, description: 'Who at the exporter signed' },
    authorised_date: date(true),
    authorisation_document_id: { ...ref('documents'), description: 'The signed authorisation' },
    placed_date: date(),
    amount_placed: amount(),
    currency,
    recovered_amount: { type: 'money', nonNegative: true },
    fee_amount: { type: 'money', nonNegative: true },
    notes: text,
    ...stamps,
  },
});
