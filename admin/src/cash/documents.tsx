import { Datagrid, List, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { ExporterField, InvoiceField, RefField } from '../common/references';
import { searchFilter, statusFilter } from '../common/filters';

// Read-only metadata: files are uploaded and downloaded through their own routes.
const KINDS = ['check_image', 'authorisation', 'claim_document', 'invoice_copy', 'other'];

export const DocumentList = () => (
  <List
    filters={[searchFilter, statusFilter(KINDS, 'kind')]}
    sort={{ field: 'created_at', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="created_at" />
      <StatusChip source="kind" />
      <TextField source="filename" />
      <RefField source="payment_id" reference="payments" />
      <InvoiceField source="invoice_id" />
      <ExporterField source="exporter_id" />
    </Datagrid>
  </List>
);

export const DocumentShow = () => (
  <Show>
    <SimpleShowLayout>
      <StatusChip source="kind" />
      <TextField source="filename" />
      <TextField source="content_type" />
      <NumberField source="size_bytes" />
      <TextField source="sha256" />
      <RefField source="payment_id" reference="payments" />
      <InvoiceField source="invoice_id" />
      <ExporterField source="exporter_id" />
      <DateField source="created_at" showTime />
    </SimpleShowLayout>
  </Show>
);

export const documents = {
  list: DocumentList,
  show: DocumentShow,
  recordRepresentation: 'filename',
};
