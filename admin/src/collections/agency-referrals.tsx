import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  Button,
  ExportButton,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import { JoinedRecords } from '../common/JoinedRecords';
import { editScreen } from '../common/screens';
import { Link } from 'react-router-dom';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, RefField } from '../common/references';
import { buyerFilter, dateRange, exporterFilter, statusFilter } from '../common/filters';
import { DateIn, EnumInput, MoneyInput } from '../common/forms';

const STATUSES = ['authorised', 'placed', 'recovering', 'closed', 'returned'];
const filters = [
  exporterFilter,
  buyerFilter,
  statusFilter(STATUSES),
  ...dateRange('authorised_date'),
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <Button component={Link} to="/agency_referrals/refer" label="cd.action.refer_to_agency" />
    <ExportButton />
  </TopToolbar>
);

export const AgencyReferralList = () => (
  <List
    actions={<ListActions />}
    filters={filters}
    sort={{ field: 'authorised_date', order: 'DESC' }}
  >
    <Datagrid rowClick="show">
      <DateField source="authorised_date" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="agency_id" reference="collection_agencies" />
      <MoneyField source="amount_placed" textAlign="right" />
      <MoneyField source="recovered_amount" textAlign="right" />
      <StatusChip source="status" />
    </Datagrid>
  </List>
);

// Recoveries, fees and status are tracked here; the referral itself is made by the refer
// screen (POST /api/agency_referrals/refer).
const AgencyReferralForm = () => (
  <SimpleForm>
    <EnumInput source="status" values={STATUSES} />
    <DateIn source="placed_date" />
    <MoneyInput source="recovered_amount" />
    <MoneyInput source="fee_amount" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const AgencyReferralShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="agency_id" reference="collection_agencies" />
      <StatusChip source="status" />
      <TextField source="authorised_by" />
      <DateField source="authorised_date" />
      <RefField source="authorisation_document_id" reference="documents" />
      <DateField source="placed_date" emptyText="—" />
      <MoneyField source="amount_placed" />
      <MoneyField source="recovered_amount" />
      <MoneyField source="fee_amount" />
      <TextField source="notes" emptyText="—" />
      <JoinedRecords
        through="agency_referral_invoices"
        target="agency_referral_id"
        source="invoice_id"
        reference="invoices"
      />
    </SimpleShowLayout>
  </Show>
);

export const agencyReferrals = {
  list: AgencyReferralList,
  show: AgencyReferralShow,
  edit: editScreen(AgencyReferralForm),
};
