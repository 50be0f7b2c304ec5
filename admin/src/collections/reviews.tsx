import {
  BooleanInput,
  Datagrid,
  List,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../common/DateField';
import { MoneyField } from '../common/MoneyField';
import { StatusChip } from '../common/StatusChip';
import { BuyerField, ExporterField, InvoiceField } from '../common/references';
import { dateRange, exporterFilter, statusFilter } from '../common/filters';
import { DecideReviewButton } from './DecideReviewButton';
import { DayCommandButton } from './DayCommandButton';
import { ListActions } from '../common/ListActions';
import { REVIEW_DECISIONS } from './review-decisions';

// The 45-day review queue: still undecided first, oldest first. Decisions are recorded only
// through POST /api/reviews/:id/decide (docs/collections.md), from the review's page.
const filters = [
  <BooleanInput key="pending" source="pending" label="cd.filter.pending" alwaysOn />,
  exporterFilter,
  statusFilter(REVIEW_DECISIONS, 'decision'),
  ...dateRange('entered_date'),
];

export const ReviewList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ pending: true }}
    sort={{ field: 'entered_date', order: 'ASC' }}
    empty={false}
    actions={
      <ListActions>
        <DayCommandButton label="cd.action.enter_reviews" path="reviews/enter" />
      </ListActions>
    }
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="entered_date" />
      <InvoiceField source="invoice_id" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <MoneyField source="open_balance" textAlign="right" />
      <NumberField source="days_past_due" />
      <StatusChip source="decision" />
      <DecideReviewButton />
    </Datagrid>
  </List>
);

export const ReviewShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DecideReviewButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <InvoiceField source="invoice_id" />
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      <DateField source="entered_date" />
      <MoneyField source="open_balance" />
      <MoneyField source="disputed_amount" />
      <NumberField source="days_past_due" />
      <StatusChip source="decision" />
      <TextField source="decided_by" emptyText="—" />
      <DateField source="decided_date" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const reviews = { list: ReviewList, show: ReviewShow };
