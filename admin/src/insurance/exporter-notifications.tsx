import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField } from '../common/references';
import { buyerFilter, dateRange, exporterFilter, statusFilter } from '../common/filters';

// Read-only: what each exporter was told about its buyers' cover (the one-week promise).
const filters = [
  exporterFilter,
  buyerFilter,
  statusFilter(['approved', 'declined', 'pending'], 'outcome'),
  ...dateRange('notified_date'),
];

export const ExporterNotificationList = () => (
  <List filters={filters} sort={{ field: 'notified_date', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <DateField source="notified_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <StatusChip source="outcome" />
      <MoneyField source="amount" textAlign="right" />
      <StatusChip source="channel" />
      <TextField source="reason" emptyText="—" />
    </Datagrid>
  </List>
);

export const exporterNotifications = { list: ExporterNotificationList };
