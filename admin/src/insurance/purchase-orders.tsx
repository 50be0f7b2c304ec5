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
import { BuyerField, BuyerInput, ExporterField, ExporterInput } from '../common/references';
import {
  buyerFilter,
  currencyFilter,
  dateRange,
  exporterFilter,
  searchFilter,
} from '../common/filters';
import { CurrencyInput, DateIn, MoneyInput } from '../common/forms';

const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  currencyFilter,
  ...dateRange('notify_by'),
  ...dateRange('received_date', 'cd.filter.received_from', 'cd.filter.received_to'),
];

export const PurchaseOrderList = () => (
  <List filters={filters} sort={{ field: 'received_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <TextField source="number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="received_date" />
      <DateField source="notify_by" />
      <MoneyField source="amount" textAlign="right" />
      <TextField source="season" emptyText="—" />
    </Datagrid>
  </List>
);

const PurchaseOrderForm = () => (
  <SimpleForm>
    <ExporterInput source="exporter_id" required />
    <BuyerInput source="buyer_id" required />
    <TextInput source="number" required />
    <DateIn source="order_date" />
    <DateIn source="received_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <TextInput source="season" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const PurchaseOrderShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="order_date" emptyText="—" />
      <DateField source="received_date" />
      <DateField source="notify_by" />
      <MoneyField source="amount" />
      <TextField source="season" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const purchaseOrders = {
  list: PurchaseOrderList,
  show: PurchaseOrderShow,
  recordRepresentation: 'number',
  edit: editScreen(PurchaseOrderForm),
  create: createScreen(PurchaseOrderForm),
};
