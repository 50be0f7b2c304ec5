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
import { InvoiceField, InvoiceInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange } from '../common/filters';
import { DateIn, MoneyInput } from '../common/forms';

// An extension gives the buyer more time; it never moves the original due date or any
// insurance deadline (those count from invoices.due_date).
const amount = <MoneyViaReference source="amount" via="invoice_id" reference="invoices" />;

export const InvoiceExtensionList = () => (
  <List
    filters={[
      <InvoiceInput source="invoice_id" key="invoice_id" alwaysOn />,
      ...dateRange('agreed_date'),
    ]}
    sort={{ field: 'agreed_date', order: 'DESC' }}
  >
    <Datagrid rowClick="show">
      <InvoiceField source="invoice_id" />
      <DateField source="agreed_date" />
      <DateField source="extended_due_date" />
      {amount}
    </Datagrid>
  </List>
);

const InvoiceExtensionForm = () => (
  <SimpleForm>
    <InvoiceInput source="invoice_id" required />
    <DateIn source="agreed_date" isRequired />
    <DateIn source="extended_due_date" isRequired />
    <MoneyInput source="amount" />
    <TextInput source="reason" multiline fullWidth />
  </SimpleForm>
);

export const InvoiceExtensionShow = () => (
  <Show>
    <SimpleShowLayout>
      <InvoiceField source="invoice_id" />
      <DateField source="agreed_date" />
      <DateField source="extended_due_date" />
      {amount}
      <TextField source="reason" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const invoiceExtensions = {
  list: InvoiceExtensionList,
  show: InvoiceExtensionShow,
  edit: editScreen(InvoiceExtensionForm),
  create: createScreen(InvoiceExtensionForm),
};
