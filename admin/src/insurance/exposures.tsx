import { BooleanField, Datagrid, DateInput, List, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { BuyerField, ExporterField, PolicyField } from '../common/references';
import { buyerFilter, currencyFilter, exporterFilter, toggleFilter } from '../common/filters';

// Read-only: limit in force against open insured invoices per exporter and buyer, as of a
// date, with the stop-shipping warning (docs/insurance.md).
const filters = [
  <DateInput key="as_of" source="as_of" alwaysOn />,
  exporterFilter,
  buyerFilter,
  currencyFilter,
  toggleFilter('stop_shipping', 'resources.exposures.fields.stop_shipping'),
];

export const ExposureList = () => (
  <List filters={filters} sort={{ field: 'over_limit', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <PolicyField source="policy_id" />
      <MoneyField source="limit_amount" textAlign="right" />
      <MoneyField source="open_insured" textAlign="right" />
      <MoneyField source="available" textAlign="right" />
      <MoneyField source="over_limit" textAlign="right" />
      <TextField source="limit_decision" emptyText="—" />
      <DateField source="oldest_unpaid_due_date" emptyText="—" />
      <BooleanField source="stop_shipping" />
    </Datagrid>
  </List>
);

export const exposures = { list: ExposureList };
