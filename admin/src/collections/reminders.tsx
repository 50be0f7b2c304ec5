import {
  Datagrid,
  List,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
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
import { ReminderCommandButton, ReminderLetterButton } from './ReminderCommandButton';
import { DayCommandButton } from './DayCommandButton';
import { ListActions } from '../common/ListActions';

// Reminders are drafted by the dunning job; here staff read, send or skip them.
const STATUSES = ['to_do', 'sent', 'skipped'];
const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  statusFilter(STATUSES),
  ...dateRange('reminder_date'),
];

export const ReminderList = () => (
  <List
    filters={filters}
    sort={{ field: 'reminder_date', order: 'DESC' }}
    empty={false}
    actions={
      <ListActions>
        <DayCommandButton label="cd.action.generate_reminders" path="reminders/generate" />
      </ListActions>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkExportButton />}>
      <DateField source="reminder_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="dunning_level_id" reference="dunning_levels" link={false} />
      <StatusChip source="channel" />
      <MoneyField source="total_open" textAlign="right" />
      <StatusChip source="status" />
      <ReminderCommandButton verb="mark-sent" />
      <ReminderCommandButton verb="skip" />
    </Datagrid>
  </List>
);

export const ReminderShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ReminderCommandButton verb="mark-sent" />
        <ReminderCommandButton verb="skip" />
        <ReminderLetterButton />
      </TopToolbar>
    }
  >
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

export const reminders = {
  list: ReminderList,
  show: ReminderShow,
};
