import {
  Datagrid,
  ListContextProvider,
  TextField,
  useGetList,
  useList,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { Typography } from '@mui/material';
import { MoneyField } from '../common/MoneyField';
import { BuyerField } from '../common/references';
import { isoDay } from './dates';

/** Post-dated checks not yet deposited whose date falls in the next seven days. */
export function PostDatedChecks() {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('payments', {
    filter: {
      post_dated: true,
      deposit_id: null,
      check_date_gte: isoDay(),
      check_date_lte: isoDay(7),
    },
    sort: { field: 'check_date', order: 'ASC' },
    pagination: { page: 1, perPage: 20 },
  });
  const list = useList({ data, isPending, resource: 'payments' });
  if (!isPending && data.length === 0) {
    return <Typography color="text.secondary">{translate('cd.dashboard.nothing')}</Typography>;
  }
  return (
    <ListContextProvider value={list}>
      <Datagrid resource="payments" rowClick="show" bulkActionButtons={false}>
        <DateField source="check_date" />
        <TextField source="check_number" />
        <BuyerField source="buyer_id" />
        <MoneyField source="amount" />
      </Datagrid>
    </ListContextProvider>
  );
}
