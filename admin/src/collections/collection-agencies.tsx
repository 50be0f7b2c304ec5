import {
  Datagrid,
  EmailField,
  List,
  NumberField,
  NumberInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { searchFilter } from '../common/filters';
import { CountryInput } from '../common/forms';

export const CollectionAgencyList = () => (
  <List filters={[searchFilter]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="country" emptyText="—" />
      <EmailField source="email" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <NumberField source="fee_percent" emptyText="—" />
    </Datagrid>
  </List>
);

const CollectionAgencyForm = () => (
  <SimpleForm>
    <TextInput source="name" required />
    <CountryInput />
    <TextInput source="email" type="email" />
    <TextInput source="phone" />
    <NumberInput source="fee_percent" min={0} />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const CollectionAgencyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="country" emptyText="—" />
      <EmailField source="email" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <NumberField source="fee_percent" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const collectionAgencies = {
  list: CollectionAgencyList,
  show: CollectionAgencyShow,
  recordRepresentation: 'name',
  edit: editScreen(CollectionAgencyForm),
  create: createScreen(CollectionAgencyForm),
};
