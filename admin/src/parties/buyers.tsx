import {
  Datagrid,
  List,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleForm,
  TabbedShowLayout,
  TextField,
  TextInput,
  EmailField,
  Pagination,
  EditButton,
  TopToolbar,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { ExporterField, PolicyField } from '../common/references';
import { searchFilter } from '../common/filters';
import { CountryInput, EnumInput } from '../common/forms';
import { ApplyPaymentButton } from '../cash/ApplyPaymentButton';
import { OpenClaimButton } from '../claims/OpenClaimButton';

const LANGUAGES = ['en', 'fr', 'es', 'it'];

export const BuyerList = () => (
  <List filters={[searchFilter]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="city" emptyText="—" />
      <TextField source="region" emptyText="—" />
      <TextField source="country" emptyText="—" />
      <TextField source="tax_id" emptyText="—" />
      <EmailField source="email" emptyText="—" />
    </Datagrid>
  </List>
);

const BuyerForm = () => (
  <SimpleForm>
    <TextInput source="name" required fullWidth />
    <CountryInput />
    <TextInput source="tax_id" />
    <TextInput source="address" fullWidth />
    <TextInput source="city" />
    <TextInput source="region" />
    <TextInput source="postal_code" />
    <EnumInput source="language" values={LANGUAGES} />
    <TextInput source="email" type="email" />
    <TextInput source="phone" />
    <TextInput source="contact_name" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const BuyerShow = () => (
  <Show
    actions={
      <TopToolbar>
        <OpenClaimButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="ra.action.show">
        <TextField source="name" />
        <TextField source="country" emptyText="—" />
        <TextField source="tax_id" emptyText="—" />
        <TextField source="address" emptyText="—" />
        <TextField source="city" emptyText="—" />
        <TextField source="contact_name" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.buyer.limits" path="limits">
        <ReferenceManyField
          reference="limit_requests"
          target="buyer_id"
          sort={{ field: 'request_date', order: 'DESC' }}
          label={false}
        >
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="request_date" />
            <ExporterField source="exporter_id" />
            <PolicyField source="policy_id" />
            <MoneyField source="requested_amount" />
            <StatusChip source="status" />
            <MoneyField source="granted_amount" />
            <DateField source="decision_date" emptyText="—" />
            <DateField source="expiry_date" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.buyer.open_invoices" path="invoices">
        <ReferenceManyField
          reference="invoices"
          target="buyer_id"
          filter={{ open: true }}
          sort={{ field: 'due_date', order: 'ASC' }}
          label={false}
          pagination={<Pagination />}
        >
          <Datagrid bulkActionButtons={false} rowClick="show">
            <TextField source="number" />
            <ExporterField source="exporter_id" />
            <DateField source="due_date" />
            <MoneyField source="amount" />
            <MoneyField source="open_balance" />
            <NumberField source="days_past_due" />
            <StatusChip source="aging_bucket" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.buyer.payments" path="payments">
        <ReferenceManyField
          reference="payments"
          target="buyer_id"
          sort={{ field: 'received_date', order: 'DESC' }}
          label={false}
          pagination={<Pagination />}
        >
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="received_date" />
            <ExporterField source="exporter_id" />
            <StatusChip source="method" />
            <MoneyField source="amount" />
            <MoneyField source="unapplied_amount" />
            <ApplyPaymentButton />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export const buyers = {
  list: BuyerList,
  show: BuyerShow,
  recordRepresentation: 'name',
  edit: editScreen(BuyerForm),
  create: createScreen(BuyerForm),
};
