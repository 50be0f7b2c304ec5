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
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, BuyerInput, ExporterField, ExporterInput } from '../common/references';
import {
  buyerFilter,
  dateRange,
  exporterFilter,
  searchFilter,
  statusFilter,
} from '../common/filters';
import { JoinedRecords } from '../common/JoinedRecords';
import { CurrencyInput, DateIn, EnumInput, MoneyInput } from '../common/forms';

const CHANNELS = ['phone', 'email', 'letter', 'meeting'];
const filters = [
  searchFilter,
  buyerFilter,
  exporterFilter,
  statusFilter(CHANNELS, 'channel'),
  ...dateRange('contact_date'),
];

export const ContactList = () => (
  <List filters={filters} sort={{ field: 'contact_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="contact_date" />
      <BuyerField source="buyer_id" />
      <ExporterField source="exporter_id" />
      <StatusChip source="channel" />
      <TextField source="summary" />
      <MoneyField source="promised_amount" textAlign="right" />
      <DateField source="promise_to_pay_date" emptyText="—" />
    </Datagrid>
  </List>
);

const ContactForm = () => (
  <SimpleForm>
    <BuyerInput source="buyer_id" required />
    <ExporterInput source="exporter_id" />
    <DateIn source="contact_date" isRequired />
    <EnumInput source="channel" values={CHANNELS} isRequired />
    <TextInput source="staff_name" />
    <TextInput source="buyer_contact" />
    <TextInput source="summary" multiline fullWidth required />
    <MoneyInput source="promised_amount" />
    <CurrencyInput isRequired={false} />
    <DateIn source="promise_to_pay_date" />
  </SimpleForm>
);

export const ContactShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="contact_date" />
      <BuyerField source="buyer_id" />
      <ExporterField source="exporter_id" />
      <StatusChip source="channel" />
      <TextField source="staff_name" emptyText="—" />
      <TextField source="buyer_contact" emptyText="—" />
      <TextField source="summary" />
      <MoneyField source="promised_amount" />
      <DateField source="promise_to_pay_date" emptyText="—" />
      <JoinedRecords
        through="contact_invoices"
        target="contact_id"
        source="invoice_id"
        reference="invoices"
      />
    </SimpleShowLayout>
  </Show>
);

export const contacts = {
  list: ContactList,
  show: ContactShow,
  edit: editScreen(ContactForm),
  create: createScreen(ContactForm),
};
