import {
  Datagrid,
  FunctionField,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextInput,
} from 'react-admin';
import { createScreen, editScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { ExporterField, ExporterInput } from '../common/references';
import { exporterFilter, statusFilter } from '../common/filters';
import { EnumInput } from '../common/forms';

// Staff only: the column mapping an exporter's files need, per kind of file (docs/import.md).
// The mapping is edited as JSON; the server checks its shape and names what is wrong.
const KINDS = ['buyers', 'purchase_orders', 'invoices', 'payments'];
const filters = [exporterFilter, statusFilter(KINDS, 'kind')];

const pretty = (value: unknown) => (value ? JSON.stringify(value, null, 2) : '');
/** Text the user typed, sent as JSON when it parses; left as text so the server refuses it. */
const parseJson = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

export const ImportMappingList = () => (
  <List filters={filters} sort={{ field: 'exporter_id', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <ExporterField source="exporter_id" />
      <StatusChip source="kind" />
      <DateField source="updated_at" showTime />
    </Datagrid>
  </List>
);

const ImportMappingForm = () => (
  <SimpleForm>
    <ExporterInput required />
    <EnumInput source="kind" values={KINDS} isRequired />
    <TextInput
      source="mapping"
      multiline
      fullWidth
      minRows={8}
      required
      format={(value) => (typeof value === 'string' ? value : pretty(value))}
      parse={parseJson}
    />
  </SimpleForm>
);

export const ImportMappingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <StatusChip source="kind" />
      <FunctionField source="mapping" render={(record) => <pre>{pretty(record.mapping)}</pre>} />
      <DateField source="updated_at" showTime />
    </SimpleShowLayout>
  </Show>
);

export const importMappings = {
  list: ImportMappingList,
  show: ImportMappingShow,
  edit: editScreen(ImportMappingForm),
  create: createScreen(ImportMappingForm),
};
