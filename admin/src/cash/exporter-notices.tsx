import {
  ArrayField,
  BooleanField,
  Datagrid,
  DateInput,
  List,
  NumberField,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, RefField } from '../common/references';
import { exporterFilter } from '../common/filters';

// Read-only: what each exporter is told about one day, the payments received and the
// deposits made, per currency (exporter_notices in SQL). A row opens onto its items.
const filters = [<DateInput key="date" source="date" alwaysOn />, exporterFilter];

/** The payments and deposits of one notice, in the notice's currency. */
function NoticeItems() {
  const notice = useRecordContext();
  const translate = useTranslate();
  if (!notice) return null;
  return (
    <>
      <Typography variant="subtitle2">{translate('cd.plural.payments')}</Typography>
      <ArrayField source="payments">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <RefField source="payment_id" reference="payments" />
          <BuyerField source="buyer_id" />
          <StatusChip source="method" />
          <TextField source="reference" emptyText="—" />
          <MoneyField source="amount" currency={notice.currency} />
          <BooleanField source="post_dated" />
          <DateField source="check_date" emptyText="—" />
        </Datagrid>
      </ArrayField>
      <Typography variant="subtitle2">{translate('cd.plural.deposits')}</Typography>
      <ArrayField source="deposits">
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <RefField source="deposit_id" reference="deposits" />
          <TextField source="bank_account" />
          <NumberField source="check_count" />
          <MoneyField source="total" currency={notice.currency} />
        </Datagrid>
      </ArrayField>
    </>
  );
}

export const ExporterNoticeList = () => (
  <List filters={filters} sort={{ field: 'exporter_id', order: 'ASC' }}>
    <Datagrid rowClick="expand" expand={<NoticeItems />} bulkActionButtons={false}>
      <DateField source="notice_date" sortable={false} />
      <ExporterField source="exporter_id" />
      <TextField source="currency" />
      <NumberField source="payment_count" />
      <MoneyField source="payments_total" textAlign="right" />
      <NumberField source="deposit_count" />
      <MoneyField source="deposits_total" textAlign="right" />
    </Datagrid>
  </List>
);

export const exporterNotices = { list: ExporterNoticeList };
