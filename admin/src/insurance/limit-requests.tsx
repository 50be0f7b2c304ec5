import {
  Datagrid,
  List,
  ReferenceManyField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  EditButton,
  TopToolbar,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { DecideLimitButton } from './DecideLimitButton';
import { SubmitBatchButton } from './SubmitBatchButton';
import { JoinedRecords } from '../common/JoinedRecords';
import { ListActions } from '../common/ListActions';
import { ParentMoney } from '../common/ParentMoney';
import { StatusChip } from '../common/StatusChip';
import {
  BuyerField,
  BuyerInput,
  ExporterField,
  ExporterInput,
  PolicyField,
  PolicyInput,
} from '../common/references';
import {
  buyerFilter,
  currencyFilter,
  dateRange,
  exporterFilter,
  statusFilter,
} from '../common/filters';
import { CurrencyInput, DateIn, DaysInput, MoneyInput } from '../common/forms';

export const LIMIT_STATUSES = [
  'pending',
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'reduced',
  'cancelled',
];

const filters = [
  exporterFilter,
  buyerFilter,
  statusFilter(LIMIT_STATUSES),
  currencyFilter,
  ...dateRange('request_date'),
];

export const LimitRequestList = () => (
  <List
    filters={filters}
    sort={{ field: 'request_date', order: 'DESC' }}
    empty={false}
    actions={
      <ListActions>
        <SubmitBatchButton />
      </ListActions>
    }
  >
    <Datagrid rowClick="show">
      <DateField source="request_date" emptyText="—" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <PolicyField source="policy_id" />
      <MoneyField source="requested_amount" textAlign="right" />
      <StatusChip source="status" />
      <MoneyField source="granted_amount" textAlign="right" />
      <DateField source="expiry_date" emptyText="—" />
    </Datagrid>
  </List>
);

const LimitRequestForm = () => (
  <SimpleForm>
    <ExporterInput source="exporter_id" required />
    <BuyerInput source="buyer_id" required />
    <PolicyInput source="policy_id" required />
    <MoneyInput source="requested_amount" isRequired />
    <CurrencyInput />
    <DaysInput source="terms_days" />
    <DateIn source="request_date" />
    <DateIn source="submitted_date" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const LimitRequestShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DecideLimitButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <PolicyField source="policy_id" />
      <MoneyField source="requested_amount" />
      <DateField source="request_date" emptyText="—" />
      <DateField source="submitted_date" emptyText="—" />
      <StatusChip source="status" />
      <MoneyField source="granted_amount" />
      <DateField source="decision_date" emptyText="—" />
      <DateField source="expiry_date" emptyText="—" />
      <JoinedRecords
        through="limit_request_orders"
        target="limit_request_id"
        source="purchase_order_id"
        reference="purchase_orders"
      />
      <ReferenceManyField
        reference="limit_decisions"
        target="limit_request_id"
        label="cd.plural.limit_decisions"
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <DateField source="decision_date" />
          <DateField source="effective_date" />
          <StatusChip source="decision" />
          <ParentMoney source="granted_amount" />
          <DateField source="expiry_date" emptyText="—" />
          <TextField source="reason" emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export const limitRequests = {
  list: LimitRequestList,
  show: LimitRequestShow,
  recordRepresentation: (record: { id: number; requested_amount: string; currency: string }) =>
    `#${record.id} ${record.requested_amount} ${record.currency}`,
  edit: editScreen(LimitRequestForm),
  create: createScreen(LimitRequestForm),
};
