import { Datagrid, List, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { BuyerField, ExporterField } from '../common/references';
import { buyerFilter, currencyFilter, exporterFilter } from '../common/filters';

// Read-only: cash received but not yet applied, per exporter, buyer and currency; a row
// opens that buyer's payments, where "Apply to invoices" starts the cash application.
export const UnappliedCashList = () => (
  <List
    filters={[exporterFilter, buyerFilter, currencyFilter]}
    sort={{ field: 'oldest_received_date', order: 'ASC' }}
  >
    <Datagrid
      rowClick={(_id, _resource, record) => `/buyers/${record.buyer_id}/show/payments`}
      bulkActionButtons={false}
    >
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <MoneyField source="unapplied_amount" textAlign="right" />
      <NumberField source="payment_count" />
      <DateField source="oldest_received_date" />
    </Datagrid>
  </List>
);

export const unappliedCash = { list: UnappliedCashList };
