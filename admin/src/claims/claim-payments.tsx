import {
  Create,
  Datagrid,
  Edit,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { RefField, RefInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter } from '../common/filters';
import { DateIn, MoneyInput } from '../common/forms';

const amount = <MoneyViaReference source="amount" via="claim_id" reference="claims" />;

export const ClaimPaymentList = () => (
  <List
    filters={[searchFilter, ...dateRange('paid_date')]}
    sort={{ field: 'paid_date', order: 'DESC' }}
  >
    <Datagrid rowClick="show">
      <DateField source="paid_date" />
      <RefField source="claim_id" reference="claims" />
      {amount}
      <TextField source="reference" emptyText="—" />
    </Datagrid>
  </List>
);

const ClaimPaymentForm = () => (
  <SimpleForm>
    <RefInput source="claim_id" reference="claims" required />
    <DateIn source="paid_date" isRequired />
    <MoneyInput source="amount" isRequired />
    <TextInput source="reference" />
  </SimpleForm>
);

export const ClaimPaymentShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="claim_id" reference="claims" />
      <DateField source="paid_date" />
      {amount}
      <TextField source="reference" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const claimPayments = {
  list: ClaimPaymentList,
  show: ClaimPaymentShow,
};
