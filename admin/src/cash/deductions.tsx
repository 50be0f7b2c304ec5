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
import { createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { InvoiceInput, RefField, RefInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter, statusFilter } from '../common/filters';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';
import { REASON_CODES } from './RecordDeductionButton';

export const DEDUCTION_STATUSES = ['open', 'disputed', 'valid', 'recovered', 'written_off'];

const filters = [
  searchFilter,
  statusFilter(DEDUCTION_STATUSES),
  statusFilter(REASON_CODES, 'reason_code'),
  <InvoiceInput source="invoice_id" key="invoice_id" />,
  ...dateRange('opened_date'),
];
const amount = <MoneyViaReference source="amount" via="invoice_id" reference="invoices" />;

export const DeductionList = () => (
  <List filters={filters} sort={{ field: 'opened_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="opened_date" />
      <RefField source="invoice_id" reference="invoices" />
      {amount}
      <StatusChip source="reason_code" />
      <StatusChip source="status" />
      <DateField source="resolved_date" emptyText="—" />
    </Datagrid>
  </List>
);

const DeductionForm = () => (
  <SimpleForm>
    <InvoiceInput source="invoice_id" required />
    <RefInput source="payment_id" reference="payments" />
    <MoneyInput source="amount" isRequired />
    <EnumInput source="reason_code" values={REASON_CODES} isRequired />
    <EnumInput source="status" values={DEDUCTION_STATUSES} />
    <DateIn source="opened_date" />
    <DateIn source="resolved_date" />
    <TextInput source="buyer_explanation" multiline fullWidth />
    <TextInput source="follow_up_notes" multiline fullWidth />
  </SimpleForm>
);

export const DeductionShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="invoice_id" reference="invoices" />
      <RefField source="payment_id" reference="payments" />
      {amount}
      <StatusChip source="reason_code" />
      <StatusChip source="status" />
      <DateField source="opened_date" />
      <DateField source="resolved_date" emptyText="—" />
      <TextField source="buyer_explanation" emptyText="—" />
      <TextField source="follow_up_notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const deductions = {
  list: DeductionList,
  show: DeductionShow,
  edit: () => (
    <Edit mutationMode="pessimistic">
      <DeductionForm />
    </Edit>
  ),
  create: createScreen(DeductionForm),
};
