import {
  Datagrid,
  List,
  ReferenceManyField,
  Show,
  SimpleForm,
  TabbedShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { JoinedRecords } from '../common/JoinedRecords';
import { MoneyViaReference } from '../common/MoneyViaReference';
import { editScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { ClaimActions } from './ClaimActions';
import { ParentMoney } from '../common/ParentMoney';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, PolicyField } from '../common/references';
import {
  buyerFilter,
  dateRange,
  exporterFilter,
  searchFilter,
  statusFilter,
} from '../common/filters';

export const CLAIM_STATUSES = ['draft', 'filed', 'under_review', 'approved', 'rejected', 'paid'];
const filters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  statusFilter(CLAIM_STATUSES),
  ...dateRange('filed_date'),
];

export const ClaimList = () => (
  <List filters={filters} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <PolicyField source="policy_id" />
      <StatusChip source="kind" />
      <StatusChip source="status" />
      <DateField source="filed_date" emptyText="—" />
      <MoneyField source="claimed_amount" textAlign="right" />
      <MoneyField source="approved_amount" textAlign="right" />
    </Datagrid>
  </List>
);

// Only notes and the insurer's reference are edited directly; every move has its command.
const ClaimForm = () => (
  <SimpleForm>
    <TextInput source="insurer_reference" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const ClaimShow = () => (
  <Show actions={<ClaimActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="ra.action.show">
        <ExporterField source="exporter_id" />
        <BuyerField source="buyer_id" />
        <PolicyField source="policy_id" />
        <StatusChip source="kind" />
        <StatusChip source="status" />
        <DateField source="filed_date" emptyText="—" />
        <MoneyField source="claimed_amount" />
        <MoneyField source="approved_amount" />
        <MoneyField source="expected_payout" />
        <DateField source="claim_due" emptyText="—" />
        <TextField source="insurer_reference" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.claim_invoices" path="invoices">
        <JoinedRecords
          through="claim_invoices"
          target="claim_id"
          source="invoice_id"
          reference="invoices"
          label={false}
        >
          <MoneyViaReference source="claimed_amount" via="invoice_id" reference="invoices" />
        </JoinedRecords>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.claim_payments" path="payments">
        <ReferenceManyField reference="claim_payments" target="claim_id" label={false}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="paid_date" />
            <ParentMoney source="amount" />
            <TextField source="reference" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.recoveries" path="recoveries">
        <ReferenceManyField reference="recoveries" target="claim_id" label={false}>
          <Datagrid bulkActionButtons={false} rowClick="show">
            <DateField source="received_date" />
            <ParentMoney source="amount" />
            <TextField source="source" emptyText="—" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export const claims = {
  list: ClaimList,
  show: ClaimShow,
  recordRepresentation: (record: { id: number; claimed_amount: string; currency: string }) =>
    `#${record.id} ${record.claimed_amount} ${record.currency}`,
  edit: editScreen(ClaimForm),
};
