import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { InvoiceField, InvoiceInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter, statusFilter } from '../common/filters';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';

const KINDS = ['credit_note', 'write_off'];
const amount = <MoneyViaReference source="amount" via="invoice_id" reference="invoices" />;
const filters = [
  searchFilter,
  <InvoiceInput source="invoice_id" key="invoice_id" />,
  statusFilter(KINDS, 'kind'),
  ...dateRange('credit_date'),
];

export const CreditNoteList = () => (
  <List filters={filters} sort={{ field: 'credit_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="credit_date" />
      <InvoiceField source="invoice_id" />
      <StatusChip source="kind" />
      <TextField source="number" emptyText="—" />
      {amount}
    </Datagrid>
  </List>
);

const CreditNoteForm = () => (
  <SimpleForm>
    <InvoiceInput source="invoice_id" required />
    <EnumInput source="kind" values={KINDS} />
    <TextInput source="number" />
    <DateIn source="credit_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <TextInput source="reason" multiline fullWidth />
  </SimpleForm>
);

export const CreditNoteShow = () => (
  <Show>
    <SimpleShowLayout>
      <InvoiceField source="invoice_id" />
      <StatusChip source="kind" />
      <TextField source="number" emptyText="—" />
      <DateField source="credit_date" />
      {amount}
      <TextField source="reason" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const creditNotes = {
  list: CreditNoteList,
  show: CreditNoteShow,
  edit: editScreen(CreditNoteForm),
  create: createScreen(CreditNoteForm),
};
