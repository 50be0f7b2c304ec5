import { Datagrid, List } from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, InvoiceField, RefField } from '../common/references';
import { buyerFilter, exporterFilter } from '../common/filters';

// Read-only: which reminder named which invoice; shown on the invoice page, listed here.
export const InvoiceReminderList = () => (
  <List filters={[exporterFilter, buyerFilter]} sort={{ field: 'reminder_date', order: 'DESC' }}>
    <Datagrid rowClick={false} bulkActionButtons={false}>
      <DateField source="reminder_date" />
      <InvoiceField source="invoice_id" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <RefField source="dunning_level_id" reference="dunning_levels" link={false} />
      <MoneyField source="open_balance" textAlign="right" />
      <StatusChip source="status" />
    </Datagrid>
  </List>
);

export const invoiceReminders = { list: InvoiceReminderList };
