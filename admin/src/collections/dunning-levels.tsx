import {
  Datagrid,
  List,
  NumberField,
  NumberInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  ReferenceManyField,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { StatusChip } from '../common/StatusChip';
import { ExporterField, ExporterInput } from '../common/references';
import { exporterFilter, searchFilter } from '../common/filters';
import { EnumInput } from '../common/forms';

const CHANNELS = ['email', 'letter', 'phone'];

export const DunningLevelList = () => (
  <List filters={[searchFilter, exporterFilter]} sort={{ field: 'level', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <NumberField source="level" />
      <TextField source="name" />
      <NumberField source="offset_days" />
      <StatusChip source="channel" />
      <ExporterField source="exporter_id" />
    </Datagrid>
  </List>
);

const DunningLevelForm = () => (
  <SimpleForm>
    <ExporterInput source="exporter_id" />
    <NumberInput source="level" min={1} max={20} required />
    <TextInput source="name" required />
    <NumberInput source="offset_days" required />
    <EnumInput source="channel" values={CHANNELS} isRequired />
  </SimpleForm>
);

export const DunningLevelShow = () => (
  <Show>
    <SimpleShowLayout>
      <NumberField source="level" />
      <TextField source="name" />
      <NumberField source="offset_days" />
      <StatusChip source="channel" />
      <ExporterField source="exporter_id" />
      <ReferenceManyField
        reference="dunning_texts"
        target="dunning_level_id"
        label="cd.plural.dunning_texts"
      >
        <Datagrid bulkActionButtons={false} rowClick="edit">
          <StatusChip source="language" />
          <TextField source="subject" />
        </Datagrid>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);

export const dunningLevels = {
  list: DunningLevelList,
  show: DunningLevelShow,
  recordRepresentation: 'name',
  edit: editScreen(DunningLevelForm),
  create: createScreen(DunningLevelForm),
};
