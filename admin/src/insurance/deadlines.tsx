import { Datagrid, DateInput, List, NumberField } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, InvoiceField, RefField } from '../common/references';
import { buyerFilter, exporterFilter, statusFilter } from '../common/filters';

// Read-only: overdue notices and claim filings still to do, from the policies' terms.
const KINDS = ['overdue_notice', 'claim_filing', 'insolvency_notice', 'insolvency_claim'];
const filters = [
  <DateInput key="as_of" source="as_of" alwaysOn />,
  statusFilter(KINDS, 'kind'),
  statusFilter(['upcoming', 'missed']),
  exporterFilter,
  buyerFilter,
];

export const DeadlineList = () => (
  <List filters={filters} sort={{ field: 'due_date', order: 'ASC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <DateField source="due_date" />
      <NumberField source="days_left" />
      <StatusChip source="kind" />
      <StatusChip source="status" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <InvoiceField source="invoice_id" />
      <RefField source="claim_id" reference="claims" />
      <MoneyField source="amount" textAlign="right" />
    </Datagrid>
  </List>
);

export const deadlines = { list: DeadlineList };
