import {
  Datagrid,
  List,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DownloadReportButton } from './DownloadReportButton';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { ExporterField } from '../common/references';
import { dateRange, exporterFilter, searchFilter, statusFilter } from '../common/filters';

// Read-only metadata of generated reports (the workbook is served by its own route).
const KINDS = ['weekly', 'claim_pack', 'limit_batch'];

export const ReportList = () => (
  <List
    filters={[
      searchFilter,
      exporterFilter,
      statusFilter(KINDS, 'kind'),
      ...dateRange('period_start'),
    ]}
    sort={{ field: 'period_start', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <StatusChip source="kind" />
      <ExporterField source="exporter_id" />
      <DateField source="period_start" />
      <DateField source="period_end" />
      <StatusChip source="language" />
      <TextField source="filename" />
      <DateField source="mailed_at" showTime emptyText="—" />
      <DownloadReportButton />
    </Datagrid>
  </List>
);

export const ReportShow = () => (
  <Show
    actions={
      <TopToolbar>
        <DownloadReportButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <StatusChip source="kind" />
      <ExporterField source="exporter_id" />
      <DateField source="period_start" />
      <DateField source="period_end" />
      <StatusChip source="language" />
      <TextField source="filename" />
      <NumberField source="size_bytes" />
      <DateField source="created_at" showTime />
      <DateField source="mailed_at" showTime emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const reports = { list: ReportList, show: ReportShow };
