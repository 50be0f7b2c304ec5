import {
  BooleanField,
  BooleanInput,
  Create,
  Datagrid,
  EmailField,
  List,
  PasswordInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { editScreen } from '../common/screens';
import { StatusChip } from '../common/StatusChip';
import { ExporterField, ExporterInput } from '../common/references';
import { searchFilter, statusFilter } from '../common/filters';
import { EnumInput } from '../common/forms';

// Logins, for admins only (the users resource refuses everyone else). An exporter user
// needs its exporter; passwords are written, never shown.
const ROLES = ['admin', 'staff', 'exporter'];

export const UserList = () => (
  <List
    filters={[searchFilter, statusFilter(ROLES, 'role')]}
    sort={{ field: 'name', order: 'ASC' }}
  >
    <Datagrid rowClick="show">
      <TextField source="name" />
      <EmailField source="email" />
      <StatusChip source="role" />
      <ExporterField source="exporter_id" />
      <BooleanField source="disabled" />
    </Datagrid>
  </List>
);

const UserForm = ({ creating }: { creating?: boolean }) => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <TextInput source="email" type="email" validate={required()} />
    <EnumInput source="role" values={ROLES} isRequired />
    <ExporterInput source="exporter_id" />
    <PasswordInput source="password" validate={creating ? required() : undefined} />
    <BooleanInput source="disabled" />
  </SimpleForm>
);

export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <EmailField source="email" />
      <StatusChip source="role" />
      <ExporterField source="exporter_id" />
      <BooleanField source="disabled" />
    </SimpleShowLayout>
  </Show>
);

export const users = {
  list: UserList,
  show: UserShow,
  recordRepresentation: 'name',
  edit: editScreen(UserForm),
  create: () => (
    <Create redirect="show">
      <UserForm creating />
    </Create>
  ),
};
