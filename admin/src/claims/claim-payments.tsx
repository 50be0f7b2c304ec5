import { Datagrid, List, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { RefField } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter } from '../common/filters';

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
