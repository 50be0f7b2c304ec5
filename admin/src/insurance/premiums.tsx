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
import { ExporterField, ExporterInput, PolicyField, PolicyInput } from '../common/references';
import { currencyFilter, dateRange, exporterFilter } from '../common/filters';
import { CurrencyInput, DateIn, MoneyInput } from '../common/forms';

const filters = [exporterFilter, currencyFilter, ...dateRange('period_start')];

export const PremiumList = () => (
  <List filters={filters} sort={{ field: 'period_start', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <ExporterField source="exporter_id" />
      <PolicyField source="policy_id" />
      <DateField source="period_start" />
      <DateField source="period_end" />
      <MoneyField source="insured_turnover" textAlign="right" />
      <MoneyField source="amount" textAlign="right" />
    </Datagrid>
  </List>
);

const PremiumForm = () => (
  <SimpleForm>
    <PolicyInput source="policy_id" required />
    <ExporterInput source="exporter_id" required />
    <DateIn source="period_start" isRequired />
    <DateIn source="period_end" isRequired />
    <MoneyInput source="insured_turnover" />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const PremiumShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <PolicyField source="policy_id" />
      <DateField source="period_start" />
      <DateField source="period_end" />
      <MoneyField source="insured_turnover" />
      <MoneyField source="amount" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const premiums = {
  list: PremiumList,
  show: PremiumShow,
  recordRepresentation: (record: { period_start: string; period_end: string }) =>
    `${record.period_start} – ${record.period_end}`,
  edit: editScreen(PremiumForm),
  create: createScreen(PremiumForm),
};
