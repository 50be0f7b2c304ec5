import {
  Datagrid,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextArrayInput,
  TextField,
  TextInput,
  ArrayField,
  SingleFieldList,
  ChipField,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { StatusChip } from '../common/StatusChip';
import { searchFilter } from '../common/filters';
import { CountryInput, DateIn, EnumInput } from '../common/forms';

const LANGUAGES = ['en', 'it'];

export const ExporterList = () => (
  <List filters={[searchFilter]} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show">
      <TextField source="name" />
      <TextField source="legal_name" emptyText="—" />
      <TextField source="country" />
      <StatusChip source="language" />
      <TextField source="vat_number" emptyText="—" />
      <DateField source="assignment_date" emptyText="—" />
    </Datagrid>
  </List>
);

const ExporterForm = () => (
  <SimpleForm>
    <TextInput source="name" required />
    <TextInput source="legal_name" />
    <CountryInput />
    <EnumInput source="language" values={LANGUAGES} />
    <TextInput source="vat_number" />
    <TextInput source="address" fullWidth />
    <TextArrayInput source="report_emails" />
    <DateIn source="assignment_date" />
    <TextInput source="contact_name" />
    <TextInput source="phone" />
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const ExporterShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="legal_name" emptyText="—" />
      <TextField source="country" />
      <StatusChip source="language" />
      <TextField source="vat_number" emptyText="—" />
      <TextField source="address" emptyText="—" />
      <ArrayField source="report_emails">
        <SingleFieldList linkType={false}>
          <ChipField source="" size="small" />
        </SingleFieldList>
      </ArrayField>
      <DateField source="assignment_date" emptyText="—" />
      <TextField source="contact_name" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const exporters = {
  list: ExporterList,
  show: ExporterShow,
  recordRepresentation: 'name',
  edit: editScreen(ExporterForm),
  create: createScreen(ExporterForm),
};
