import { Datagrid, List, TextField, BulkUpdateButton, BulkExportButton } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, InvoiceField } from '../common/references';
import { dateRange, exporterFilter, statusFilter } from '../common/filters';

// What the nightly jobs raised for staff to act on; done or dismissed in bulk.
const filters = [
  statusFilter(['open', 'done', 'dismissed']),
  exporterFilter,
  ...dateRange('due_date'),
];

const BulkActions = () => (
  <>
    <BulkUpdateButton
      label="cd.action.mark_done"
      data={{ status: 'done' }}
      mutationMode="pessimistic"
    />
    <BulkUpdateButton
      label="cd.action.dismiss"
      data={{ status: 'dismissed' }}
      mutationMode="pessimistic"
    />
    <BulkExportButton />
  </>
);

export const AlertList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ status: 'open' }}
    sort={{ field: 'due_date', order: 'ASC' }}
  >
    <Datagrid rowClick={false} bulkActionButtons={<BulkActions />}>
      <DateField source="due_date" emptyText="—" />
      <TextField source="message" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <InvoiceField source="invoice_id" />
      <StatusChip source="status" />
    </Datagrid>
  </List>
);

export const alerts = { list: AlertList };
