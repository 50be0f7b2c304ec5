import {
  Datagrid,
  Edit,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  BulkUpdateButton,
  BulkExportButton,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, RefField } from '../common/references';
import {
  buyerFilter,
  dateRange,
  exporterFilter,
  searchFilter,
  statusFilter,
} from '../common/filters';
import { EnumInput } from '../common/forms';

// Reminders are drafted by the dunning job; here staff read, send or skip them.
const STATUSES = ['to_do', 'sent', 'skipped'];
const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  statusFilter(STATUSES),
  ...dateRange('reminder_date'),
];

const BulkActions = () => (
  <>
    <BulkUpdateButton
      label="cd.action.mark_sent"
      data={{ status: 'sent' }}
      mutationMode="pessimistic"
    />
    <BulkUpdateButton
      label="cd.action.mark_skipped"
      data={{ status: 'skipped' }}
      mutationMode="pessimistic"
    />
    <BulkExportButton />
  </>
);

export const ReminderList = () => (
  <List filters={filters} sort={{ field: 'reminder_date', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={<BulkActions />}>
      <DateField source="reminder_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="dunning_level_id" reference="dunning_levels" link={false} />
      <StatusChip source="channel" />
      <MoneyField source="total_open" textAlign="right" />
      <StatusChip source="status" />
    </Datagrid>
  </List>
);

export const ReminderShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="reminder_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="dunning_level_id" reference="dunning_levels" link={false} />
      <StatusChip source="channel" />
      <MoneyField source="total_open" />
      <StatusChip source="status" />
      <TextField source="subject" emptyText="—" />
      <TextField source="body" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <DateField source="sent_at" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

const ReminderForm = () => (
  <SimpleForm>
    <EnumInput source="status" values={STATUSES} />
    <TextInput source="subject" fullWidth />
    <TextInput source="body" multiline fullWidth minRows={6} />
  </SimpleForm>
);

export const reminders = {
  list: ReminderList,
  show: ReminderShow,
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="show">
      <ReminderForm />
    </Edit>
  ),
};
