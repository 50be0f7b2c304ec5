import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { StatusChip } from '../common/StatusChip';
import { RefField, RefInput } from '../common/references';
import { searchFilter, statusFilter } from '../common/filters';
import { EnumInput } from '../common/forms';

const LANGUAGES = ['en', 'fr', 'es', 'it'];

export const DunningTextList = () => (
  <List
    filters={[searchFilter, statusFilter(LANGUAGES, 'language')]}
    sort={{ field: 'dunning_level_id', order: 'ASC' }}
  >
    <Datagrid rowClick="show">
      <RefField source="dunning_level_id" reference="dunning_levels" />
      <StatusChip source="language" />
      <TextField source="subject" />
    </Datagrid>
  </List>
);

const DunningTextForm = () => (
  <SimpleForm>
    <RefInput source="dunning_level_id" reference="dunning_levels" required />
    <EnumInput source="language" values={LANGUAGES} isRequired />
    <TextInput source="subject" required fullWidth />
    <TextInput source="body" required multiline fullWidth minRows={8} />
  </SimpleForm>
);

export const DunningTextShow = () => (
  <Show>
    <SimpleShowLayout>
      <RefField source="dunning_level_id" reference="dunning_levels" />
      <StatusChip source="language" />
      <TextField source="subject" />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
    </SimpleShowLayout>
  </Show>
);

export const dunningTexts = {
  list: DunningTextList,
  show: DunningTextShow,
  edit: editScreen(DunningTextForm),
  create: createScreen(DunningTextForm),
};
