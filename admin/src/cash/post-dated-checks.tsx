import { Datagrid, DateInput, List, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { BuyerField, ExporterField } from '../common/references';
import { buyerFilter, exporterFilter, searchFilter } from '../common/filters';

// Read-only: post-dated checks not yet deposited, until the date written on them
// (post_dated_checks in SQL). Each row is a payment: a click opens it.
const filters = [
  searchFilter,
  <DateInput key="as_of" source="as_of" alwaysOn />,
  exporterFilter,
  buyerFilter,
];

export const PostDatedCheckList = () => (
  <List filters={filters} sort={{ field: 'check_date', order: 'ASC' }}>
    <Datagrid rowClick={(id) => `/payments/${id}/show`} bulkActionButtons={false}>
      <DateField source="check_date" />
      <TextField source="check_number" />
      <TextField source="check_bank" emptyText="—" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <MoneyField source="amount" textAlign="right" />
      <MoneyField source="unapplied_amount" textAlign="right" />
      <DateField source="received_date" />
    </Datagrid>
  </List>
);

export const postDatedChecks = { list: PostDatedCheckList };
