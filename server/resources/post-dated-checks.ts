import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

// Read-only: post-dated checks not yet deposited, listed until the date written on them
// (post_dated_checks(as_of) in SQL).
export default defineResource({
  name: 'post_dated_checks',
  source: (db, params) =>
    db.raw('post_dated_checks(coalesce(?::date, current_date))', [
      (params.as_of as string | undefined) ?? null,
    ]),
  params: {
    as_of: { type: 'date', description: 'Checks dated after this day; today if left out' },
  },
  defaultSort: ['check_date', 'ASC'],
  columns: {
    id: { type: 'id' },
    exporter_id: ref('exporters'),
    buyer_id: ref('buyers'),
    amount: { type: 'money' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    received_date: { type: 'date' },
    check_number: { type: 'string', search: true },
    check_date: { type: 'date' },
    check_bank: { type: 'string' },
    unapplied_amount: { type: 'money' },
  },
});
