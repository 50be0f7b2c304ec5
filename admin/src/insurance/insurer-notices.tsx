import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { InvoiceField, RefField } from '../common/references';
import { dateRange, searchFilter, statusFilter } from '../common/filters';

// Notices sent to the insurer: overdue accounts (an invoice) and insolvencies (a claim).
export const InsurerNoticeList = () => (
  <List
    filters={[
      searchFilter,
      statusFilter(['overdue', 'insolvency'], 'kind'),
      ...dateRange('notice_date'),
    ]}
    sort={{ field: 'notice_date', order: 'DESC' }}
  >
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <DateField source="notice_date" />
      <StatusChip source="kind" />
      <InvoiceField source="invoice_id" />
      <RefField source="claim_id" reference="claims" />
      <TextField source="reference" emptyText="—" />
    </Datagrid>
  </List>
);

export const insurerNotices = { list: InsurerNoticeList };
