import {
  Datagrid,
  Edit,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { InvoiceField } from '../common/references';
import { dateRange, statusFilter } from '../common/filters';
import { DateIn, EnumInput } from '../common/forms';

export const REVIEW_DECISIONS = ['keep_chasing', 'payment_plan', 'claim', 'agency', 'write_off'];

// The 45-day review queue: undecided reviews first, oldest first.
const filters = [statusFilter(REVIEW_DECISIONS, 'decision'), ...dateRange('entered_date')];

export const ReviewList = () => (
  <List filters={filters} sort={{ field: 'entered_date', order: 'ASC' }}>
    <Datagrid rowClick="edit" bulkActionButtons={false}>
      <DateField source="entered_date" />
      <InvoiceField source="invoice_id" />
      <StatusChip source="decision" />
      <TextField source="decided_by" emptyText="—" />
      <DateField source="decided_date" emptyText="—" />
    </Datagrid>
  </List>
);

const ReviewForm = () => (
  <SimpleForm>
    <InvoiceField source="invoice_id" />
    <EnumInput source="decision" values={REVIEW_DECISIONS} isRequired />
    <TextInput source="decided_by" required />
    <DateIn source="decided_date" isRequired />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const ReviewShow = () => (
  <Show>
    <SimpleShowLayout>
      <InvoiceField source="invoice_id" />
      <DateField source="entered_date" />
      <StatusChip source="decision" />
      <TextField source="decided_by" emptyText="—" />
      <DateField source="decided_date" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const reviews = {
  list: ReviewList,
  show: ReviewShow,
  edit: () => (
    <Edit mutationMode="pessimistic" redirect="list">
      <ReviewForm />
    </Edit>
  ),
};
