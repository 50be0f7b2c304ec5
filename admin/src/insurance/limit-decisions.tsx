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
import { StatusChip } from '../common/StatusChip';
import { RefField, RefInput } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter, statusFilter } from '../common/filters';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';

export const DECISIONS = [
  'approved',
  'partial',
  'conditional',
  'temporary',
  'declined',
  'reduced',
  'cancelled',
];

const filters = [searchFilter, statusFilter(DECISIONS, 'decision'), ...dateRange('decision_date')];
const granted = (
  <MoneyViaReference source="granted_amount" via="limit_request_id" reference="limit_requests" />
);

export const LimitDecisionList = () => (
  <List filters={filters} sort={{ field: 'decision_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <DateField source="decision_date" />
      <RefField source="limit_request_id" reference="limit_requests" />
      <StatusChip source="decision" />
      {granted}
      <DateField source="effective_date" />
      <DateField source="expiry_date" emptyText="—" />
      <TextField source="insurer_reference" emptyText="—" />
    </Datagrid>
  </List>
);

const LimitDecisionForm = () => (
  <SimpleForm>
    <RefInput source="limit_request_id" reference="limit_requests" required />
    <EnumInput source="decision" values={DECISIONS} isRequired />
    <MoneyInput source="granted_amount" isRequired />
    <DateIn source="decision_date" isRequired />
    <DateIn source="effective_date" isRequired />
    <DateIn source="expiry_date" />
    <TextInput source="insurer_reference" />
    <TextInput source="reason" multiline fullWidth />
    <TextInput source="conditions" multiline fullWidth />
  </SimpleForm>
);

export const LimitDecisionShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="limit_request_id" reference="limit_requests" />
      <StatusChip source="decision" />
      {granted}
      <DateField source="decision_date" />
      <DateField source="effective_date" />
      <DateField source="expiry_date" emptyText="—" />
      <TextField source="insurer_reference" emptyText="—" />
      <TextField source="reason" emptyText="—" />
      <TextField source="conditions" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const limitDecisions = {
  list: LimitDecisionList,
  show: LimitDecisionShow,
};
