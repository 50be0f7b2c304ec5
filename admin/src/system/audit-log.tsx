import { Datagrid, List, Show, SimpleShowLayout, TextField, FunctionField } from 'react-admin';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { dateRange, searchFilter, statusFilter } from '../common/filters';

const json = (value: unknown) => (value ? JSON.stringify(value, null, 2) : '—');

export const AuditLogList = () => (
  <List
    filters={[
      searchFilter,
      statusFilter(['create', 'update', 'delete'], 'action'),
      ...dateRange('at'),
    ]}
    sort={{ field: 'id', order: 'DESC' }}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="at" showTime />
      <TextField source="user_id" emptyText="—" />
      <TextField source="resource" />
      <TextField source="record_id" />
      <StatusChip source="action" />
    </Datagrid>
  </List>
);

export const AuditLogShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="at" showTime />
      <TextField source="resource" />
      <TextField source="record_id" />
      <StatusChip source="action" />
      <FunctionField source="before" render={(record) => <pre>{json(record.before)}</pre>} />
      <FunctionField source="after" render={(record) => <pre>{json(record.after)}</pre>} />
      <TextField source="request_id" />
    </SimpleShowLayout>
  </Show>
);

export const auditLog = { list: AuditLogList, show: AuditLogShow };
