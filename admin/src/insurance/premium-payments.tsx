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
import {
  ExporterField,
  ExporterInput,
  PolicyField,
  PolicyInput,
  RefField,
  RefInput,
} from '../common/references';
import { currencyFilter, dateRange, exporterFilter, searchFilter } from '../common/filters';
import { CurrencyInput, DateIn, MoneyInput } from '../common/forms';

const filters = [searchFilter, exporterFilter, currencyFilter, ...dateRange('paid_date')];

export const PremiumPaymentList = () => (
  <List filters={filters} sort={{ field: 'paid_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="paid_date" />
      <ExporterField source="exporter_id" />
      <PolicyField source="policy_id" />
      <MoneyField source="amount" textAlign="right" />
      <TextField source="reference" emptyText="—" />
      <DateField source="recovered_date" emptyText="—" />
    </Datagrid>
  </List>
);

const PremiumPaymentForm = () => (
  <SimpleForm>
    <PolicyInput source="policy_id" required />
    <ExporterInput source="exporter_id" required />
    <RefInput source="premium_id" reference="premiums" />
    <DateIn source="paid_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <TextInput source="reference" />
    <DateIn source="recovered_date" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const PremiumPaymentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <PolicyField source="policy_id" />
      <RefField source="premium_id" reference="premiums" />
      <DateField source="paid_date" />
      <MoneyField source="amount" />
      <TextField source="reference" emptyText="—" />
      <DateField source="recovered_date" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const premiumPayments = {
  list: PremiumPaymentList,
  show: PremiumPaymentShow,
  edit: editScreen(PremiumPaymentForm),
  create: createScreen(PremiumPaymentForm),
};
