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
import { RefField, RefInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange } from '../common/filters';
import { DateIn, MoneyInput } from '../common/forms';

const amount = <MoneyViaReference source="amount" via="claim_id" reference="claims" />;

export const RecoveryList = () => (
  <List filters={dateRange('received_date')} sort={{ field: 'received_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="received_date" />
      <RefField source="claim_id" reference="claims" />
      {amount}
      <TextField source="source" emptyText="—" />
    </Datagrid>
  </List>
);

const RecoveryForm = () => (
  <SimpleForm>
    <RefInput source="claim_id" reference="claims" required />
    <DateIn source="received_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <TextInput source="source" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const RecoveryShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="claim_id" reference="claims" />
      <DateField source="received_date" />
      {amount}
      <TextField source="source" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const recoveries = {
  list: RecoveryList,
  show: RecoveryShow,
  edit: editScreen(RecoveryForm),
  create: createScreen(RecoveryForm),
};
