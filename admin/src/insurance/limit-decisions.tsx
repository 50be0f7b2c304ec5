import { Datagrid, List, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { RefField } from '../common/references';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { dateRange, searchFilter, statusFilter } from '../common/filters';

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
