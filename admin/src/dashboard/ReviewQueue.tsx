import { Datagrid, ListContextProvider, useList, useGetList, useTranslate } from 'react-admin';
import { DateField } from '../common/DateField';
import { Typography } from '@mui/material';
import { InvoiceField } from '../common/references';

/** Invoices 45 days past due still waiting for the exporter's decision, oldest first. */
export function ReviewQueue() {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('reviews', {
    filter: { decision: null },
    sort: { field: 'entered_date', order: 'ASC' },
    pagination: { page: 1, perPage: 10 },
  });
  const list = useList({ data, isPending, resource: 'reviews' });
  if (!isPending && data.length === 0) {
    return <Typography color="text.secondary">{translate('cd.dashboard.nothing')}</Typography>;
  }
  return (
    <ListContextProvider value={list}>
      <Datagrid resource="reviews" rowClick="edit" bulkActionButtons={false}>
        <DateField source="entered_date" />
        <InvoiceField source="invoice_id" />
      </Datagrid>
    </ListContextProvider>
  );
}
