import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { createScreen, editScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { BuyerField, BuyerInput, ExporterField, ExporterInput } from '../common/references';
import { buyerFilter, exporterFilter, searchFilter } from '../common/filters';

// The exporter's own customer number for a buyer: how the exporter's files name the buyer.
const filters = [searchFilter, exporterFilter, buyerFilter];

export const BuyerAccountList = () => (
  <List filters={filters} sort={{ field: 'account_number', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="account_number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
    </Datagrid>
  </List>
);

const BuyerAccountForm = () => (
  <SimpleForm>
    <ExporterInput required />
    <BuyerInput required />
    <TextInput source="account_number" required />
  </SimpleForm>
);

export const BuyerAccountShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="account_number" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="updated_at" />
    </SimpleShowLayout>
  </Show>
);

export const buyerAccounts = {
  list: BuyerAccountList,
  show: BuyerAccountShow,
  edit: editScreen(BuyerAccountForm),
  create: createScreen(BuyerAccountForm),
};
