import { Datagrid, List, Show, SimpleShowLayout } from 'react-admin';
import { DateField } from '../common/DateField';
import { RefField, RefInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';

// Allocations are made on the cash application screen (payments/:id/apply); here they are
// listed and shown, and removed with the bulk delete when cash was applied by mistake.
const filters = [
  <RefInput key="payment_id" source="payment_id" reference="payments" alwaysOn />,
  <RefInput key="invoice_id" source="invoice_id" reference="invoices" alwaysOn />,
];
const amount = <MoneyViaReference source="amount" via="payment_id" reference="payments" />;

export const AllocationList = () => (
  <List sort={{ field: 'id', order: 'DESC' }} filters={filters}>
    <Datagrid rowClick="show">
      <RefField source="payment_id" reference="payments" />
      <RefField source="invoice_id" reference="invoices" />
      {amount}
      <DateField source="created_at" />
    </Datagrid>
  </List>
);

export const AllocationShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="payment_id" reference="payments" />
      <RefField source="invoice_id" reference="invoices" />
      {amount}
      <DateField source="created_at" showTime />
    </SimpleShowLayout>
  </Show>
);

export const allocations = { list: AllocationList, show: AllocationShow };
