import {
  Datagrid,
  List,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  Button,
  ExportButton,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import { editScreen } from '../common/screens';
import { Link } from 'react-router-dom';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { BuyerField, ExporterField, ExporterInput } from '../common/references';
import { currencyFilter, dateRange, exporterFilter, searchFilter } from '../common/filters';
import { CurrencyInput, DateIn } from '../common/forms';

const filters = [searchFilter, exporterFilter, currencyFilter, ...dateRange('deposit_date')];

const DepositListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Button component={Link} to="/deposits/build" label="cd.action.build_deposit" />
    <ExportButton />
  </TopToolbar>
);

export const DepositList = () => (
  <List
    filters={filters}
    sort={{ field: 'deposit_date', order: 'DESC' }}
    actions={<DepositListActions />}
  >
    <Datagrid rowClick="show">
      <DateField source="deposit_date" />
      <ExporterField source="exporter_id" />
      <TextField source="bank_account" />
      <TextField source="reference" emptyText="—" />
      <NumberField source="check_count" />
      <MoneyField source="total" textAlign="right" />
    </Datagrid>
  </List>
);

const DepositForm = () => (
  <SimpleForm>
    <ExporterInput source="exporter_id" required />
    <TextInput source="bank_account" required />
    <DateIn source="deposit_date" isRequired />
    <CurrencyInput isRequired={false} />
    <TextInput source="reference" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const DepositShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <TextField source="bank_account" />
      <DateField source="deposit_date" />
      <TextField source="reference" emptyText="—" />
      <NumberField source="check_count" />
      <MoneyField source="total" />
      <ReferenceManyField reference="payments" target="deposit_id" label="cd.plural.payments">
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="check_number" />
          <DateField source="check_date" />
          <BuyerField source="buyer_id" />
          <MoneyField source="amount" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export const deposits = {
  list: DepositList,
  show: DepositShow,
  recordRepresentation: (record: { deposit_date: string; bank_account: string }) =>
    `${record.deposit_date} ${record.bank_account}`,
  edit: editScreen(DepositForm),
};
