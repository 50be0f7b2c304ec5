import {
  BooleanField,
  BooleanInput,
  Datagrid,
  List,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleForm,
  TabbedShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  EditButton,
  ExportButton,
  FilterButton,
  CreateButton,
  Labeled,
  useTranslate,
  ReferenceField,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { Stack } from '@mui/material';
import { MoneyField } from '../common/MoneyField';
import { ParentMoney } from '../common/ParentMoney';
import { StatusChip } from '../common/StatusChip';
import {
  BuyerField,
  BuyerInput,
  ExporterField,
  ExporterInput,
  RefField,
} from '../common/references';
import {
  buyerFilter,
  currencyFilter,
  dateRange,
  exporterFilter,
  searchFilter,
  statusFilter,
  toggleFilter,
} from '../common/filters';
import { CurrencyInput, DateIn, DaysInput, MoneyInput } from '../common/forms';
import { RecordDeductionButton } from '../cash/RecordDeductionButton';

export const AGING_BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120'];

const invoiceFilters = [
  searchFilter,
  exporterFilter,
  buyerFilter,
  toggleFilter('overdue', 'cd.filter.overdue'),
  toggleFilter('open', 'cd.filter.open'),
  statusFilter(AGING_BUCKETS, 'aging_bucket'),
  currencyFilter,
  ...dateRange('due_date', 'cd.filter.due_from', 'cd.filter.due_to'),
  ...dateRange('invoice_date'),
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
    <ExportButton maxResults={10000} />
  </TopToolbar>
);

export const InvoiceList = () => (
  <List
    filters={invoiceFilters}
    sort={{ field: 'due_date', order: 'ASC' }}
    actions={<ListActions />}
  >
    <Datagrid rowClick="show">
      <TextField source="number" sx={{ whiteSpace: 'nowrap' }} />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="invoice_date" />
      <DateField source="due_date" />
      <MoneyField source="amount" textAlign="right" />
      <MoneyField source="open_balance" textAlign="right" />
      <NumberField source="days_past_due" />
      <StatusChip source="aging_bucket" />
      <BooleanField source="insured" />
    </Datagrid>
  </List>
);

const InvoiceForm = () => (
  <SimpleForm>
    <Stack direction="row" gap={2} flexWrap="wrap">
      <ExporterInput source="exporter_id" required />
      <BuyerInput source="buyer_id" required />
    </Stack>
    <TextInput source="number" required />
    <DateIn source="invoice_date" isRequired />
    <DaysInput source="terms_days" />
    <DateIn source="due_date" />
    <MoneyInput source="amount" isRequired />
    <CurrencyInput />
    <TextInput source="po_reference" />
    <BooleanInput source="disputed" />
    <BooleanInput source="excluded_from_dunning" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const InvoiceCreate = createScreen(InvoiceForm);
export const InvoiceEdit = editScreen(InvoiceForm);

const ShowActions = () => (
  <TopToolbar>
    <RecordDeductionButton />
    <EditButton />
  </TopToolbar>
);

const Deadlines = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" gap={4} flexWrap="wrap">
      {['due_date', 'mep_expiry', 'overdue_notice_due', 'claim_due'].map((source) => (
        <Labeled key={source} label={translate(`resources.invoices.fields.${source}`)}>
          <DateField source={source} emptyText="—" />
        </Labeled>
      ))}
    </Stack>
  );
};

export const InvoiceShow = () => (
  <Show actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="cd.invoice.figures">
        <TextField source="number" />
        <ExporterField source="exporter_id" />
        <BuyerField source="buyer_id" />
        <DateField source="invoice_date" />
        <MoneyField source="amount" />
        <MoneyField source="paid_amount" />
        <MoneyField source="credited_amount" />
        <MoneyField source="open_balance" />
        <MoneyField source="disputed_amount" />
        <NumberField source="days_past_due" />
        <StatusChip source="aging_bucket" />
        <BooleanField source="insured" />
        <RefField source="policy_id" reference="policies" />
        <MoneyField source="limit_amount" />
        <TextField source="po_reference" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.invoice.deadlines">
        <Deadlines />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.allocations" path="allocations">
        <ReferenceManyField reference="allocations" target="invoice_id" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <RefField source="payment_id" reference="payments" />
            <ParentMoney source="amount" />
            <DateField source="created_at" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.deductions" path="deductions">
        <ReferenceManyField reference="deductions" target="invoice_id" label={false}>
          <Datagrid bulkActionButtons={false} rowClick="edit">
            <DateField source="opened_date" />
            <StatusChip source="reason_code" />
            <ParentMoney source="amount" />
            <StatusChip source="status" />
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="cd.plural.reminders" path="reminders">
        <ReferenceManyField reference="reminder_invoices" target="invoice_id" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <ReferenceField source="reminder_id" reference="reminders" link="show">
              <DateField source="reminder_date" />
            </ReferenceField>
            <NumberField source="level" />
            <MoneyField source="open_balance" />
            <ReferenceField
              source="reminder_id"
              reference="reminders"
              link={false}
              label="resources.reminders.fields.status"
            >
              <StatusChip source="status" />
            </ReferenceField>
          </Datagrid>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export const invoices = {
  list: InvoiceList,
  show: InvoiceShow,
  edit: InvoiceEdit,
  create: InvoiceCreate,
  recordRepresentation: 'number',
};
