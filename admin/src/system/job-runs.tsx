import { Datagrid, List, Show, SimpleShowLayout, TextField, FunctionField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { ExporterField } from '../common/references';
import { searchFilter, statusFilter } from '../common/filters';

export const JobRunList = () => (
  <List
    filters={[searchFilter, statusFilter(['running', 'succeeded', 'failed'])]}
    sort={{ field: 'id', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="job" />
      <DateField source="as_of" />
      <ExporterField source="exporter_id" />
      <StatusChip source="trigger" />
      <DateField source="started_at" showTime />
      <StatusChip source="status" />
    </Datagrid>
  </List>
);

export const JobRunShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="job" />
      <DateField source="as_of" />
      <ExporterField source="exporter_id" />
      <StatusChip source="trigger" />
      <DateField source="started_at" showTime />
      <DateField source="finished_at" showTime emptyText="—" />
      <StatusChip source="status" />
      <FunctionField
        source="counts"
        render={(record) => <pre>{JSON.stringify(record.counts ?? {}, null, 2)}</pre>}
      />
      <TextField source="error" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const jobRuns = { list: JobRunList, show: JobRunShow };
