import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  NumberField,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
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
} from '../common/filters';
import { CurrencyInput, DateIn, DaysInput, MoneyInput } from '../common/forms';

const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  currencyFilter,
  ...dateRange('confirmation_date'),
];

export const OrderConfirmationList = () => (
  <List filters={filters} sort={{ field: 'confirmation_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <TextField source="number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="confirmation_date" />
      <MoneyField source="amount" textAlign="right" />
      <DateField source="ship_date" emptyText="—" />
    </Datagrid>
  </List>
);

const OrderConfirmationForm = () => (
  <SimpleForm>
    <ExporterInput source="exporter_id" required />
    <BuyerInput source="buyer_id" required />
    <RefInput source="purchase_order_id" reference="purchase_orders" />
    <TextInput source="number" required />
    <DateIn source="confirmation_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <DaysInput source="terms_days" />
    <DateIn source="ship_date" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const OrderConfirmationShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="purchase_order_id" reference="purchase_orders" />
      <DateField source="confirmation_date" />
      <MoneyField source="amount" />
      <NumberField source="terms_days" emptyText="—" />
      <DateField source="ship_date" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const orderConfirmations = {
  list: OrderConfirmationList,
  show: OrderConfirmationShow,
  recordRepresentation: 'number',
  edit: editScreen(OrderConfirmationForm),
  create: createScreen(OrderConfirmationForm),
};
