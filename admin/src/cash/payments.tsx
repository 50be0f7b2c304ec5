import {
  BooleanField,
  Datagrid,
  EditButton,
  List,
  ReferenceManyField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  FormDataConsumer,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { Stack } from '@mui/material';
import { MoneyField } from '../common/MoneyField';
import { ParentMoney } from '../common/ParentMoney';
import { StatusChip } from '../common/StatusChip';
import {
  BuyerField,
  BuyerInput,
  ExporterField,
  ExporterInput,
  RefField,
  RefInput,
} from '../common/references';
import {
  buyerFilter,
  currencyFilter,
  dateRange,
  exporterFilter,
  searchFilter,
  statusFilter,
  toggleFilter,
} from '../common/filters';
import { CurrencyInput, DateIn, EnumInput, MoneyInput } from '../common/forms';
import { ApplyPaymentButton } from './ApplyPaymentButton';
import { CheckImage } from './CheckImage';

export const PAYMENT_METHODS = ['check', 'wire', 'ach', 'card'];

const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  statusFilter(PAYMENT_METHODS, 'method'),
  currencyFilter,
  toggleFilter('post_dated', 'cd.filter.post_dated'),
  ...dateRange('received_date', 'cd.filter.received_from', 'cd.filter.received_to'),
];

export const PaymentList = () => (
  <List filters={filters} sort={{ field: 'received_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="received_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <StatusChip source="method" />
      <TextField source="check_number" emptyText="—" />
      <MoneyField source="amount" textAlign="right" />
      <MoneyField source="unapplied_amount" textAlign="right" />
      <BooleanField source="post_dated" />
      <ApplyPaymentButton />
    </Datagrid>
  </List>
);

const PaymentForm = () => (
  <SimpleForm>
    <Stack direction="row" gap={2} flexWrap="wrap">
      <ExporterInput source="exporter_id" required />
      <BuyerInput source="buyer_id" required />
    </Stack>
    <EnumInput source="method" values={PAYMENT_METHODS} isRequired />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <DateIn source="received_date" isRequired />
    <TextInput source="reference" />
    <TextInput source="payer_name" />
    <FormDataConsumer>
      {({ formData }) =>
        formData.method === 'check' ? (
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextInput source="check_number" />
            <DateIn source="check_date" />
            <TextInput source="check_bank" />
          </Stack>
        ) : formData.method === 'card' ? (
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextInput source="card_processor_ref" />
            <MoneyInput source="card_fee" />
            <TextInput source="card_last4" inputProps={{ maxLength: 4 }} />
          </Stack>
        ) : null
      }
    </FormDataConsumer>
    <RefInput source="deposit_id" reference="deposits" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const PaymentCreate = createScreen(PaymentForm);
export const PaymentEdit = editScreen(PaymentForm);

export const PaymentShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ApplyPaymentButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <StatusChip source="method" />
      <DateField source="received_date" />
      <MoneyField source="amount" />
      <MoneyField source="applied_amount" />
      <MoneyField source="unapplied_amount" />
      <TextField source="reference" emptyText="—" />
      <TextField source="check_number" emptyText="—" />
      <DateField source="check_date" emptyText="—" />
      <BooleanField source="post_dated" />
      <TextField source="card_last4" emptyText="—" />
      <RefField source="deposit_id" reference="deposits" />
      <CheckImage />
      <ReferenceManyField reference="allocations" target="payment_id" label="cd.plural.allocations">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <RefField source="invoice_id" reference="invoices" />
          <ParentMoney source="amount" />
          <DateField source="created_at" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export const payments = {
  list: PaymentList,
  show: PaymentShow,
  edit: PaymentEdit,
  create: PaymentCreate,
  recordRepresentation: (record: {
    id: number;
    method: string;
    amount: string;
    currency: string;
    received_date: string;
  }) => `#${record.id} ${record.received_date} ${record.amount} ${record.currency}`,
};
