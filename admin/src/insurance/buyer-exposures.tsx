import { BooleanField, Datagrid, DateInput, List, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { BuyerField } from '../common/references';
import { buyerFilter, currencyFilter, toggleFilter } from '../common/filters';

// Read-only, staff only: each buyer's exposure summed over every exporter selling to it, as
// of a date (buyer_exposure_report in SQL; room and excess summed per exporter, never netted).
const filters = [
  <DateInput key="as_of" source="as_of" alwaysOn />,
  buyerFilter,
  currencyFilter,
  toggleFilter('stop_shipping', 'resources.buyer_exposures.fields.stop_shipping'),
];

export const BuyerExposureList = () => (
  <List filters={filters} sort={{ field: 'over_limit', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <BuyerField source="buyer_id" />
      <NumberField source="exporter_count" />
      <MoneyField source="limit_amount" textAlign="right" />
      <MoneyField source="open_insured" textAlign="right" />
      <MoneyField source="not_due_insured" textAlign="right" />
      <MoneyField source="available" textAlign="right" />
      <MoneyField source="over_limit" textAlign="right" />
      <DateField source="oldest_unpaid_due_date" emptyText="—" />
      <BooleanField source="past_mep" />
      <BooleanField source="stop_shipping" />
    </Datagrid>
  </List>
);

export const buyerExposures = { list: BuyerExposureList };
