import { Datagrid, DateInput, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField } from '../common/references';
import { buyerFilter, exporterFilter, statusFilter } from '../common/filters';

// Read-only: the one-week promise, POs whose exporter has not been told yet.
const filters = [
  <DateInput key="as_of" source="as_of" alwaysOn />,
  statusFilter(['late', 'due_soon'], 'state'),
  exporterFilter,
  buyerFilter,
];

export const PromiseWatchList = () => (
  <List filters={filters} sort={{ field: 'notify_by', order: 'ASC' }}>
    <Datagrid
      rowClick={(_id, _resource, record) => `/purchase_orders/${record.purchase_order_id}/show`}
      bulkActionButtons={false}
    >
      <TextField source="number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="received_date" />
      <DateField source="notify_by" />
      <StatusChip source="state" />
      <NumberField source="days_late" />
      <MoneyField source="amount" textAlign="right" />
    </Datagrid>
  </List>
);

export const promiseWatch = { list: PromiseWatchList };
