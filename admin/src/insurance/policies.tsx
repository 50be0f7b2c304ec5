import {
  Datagrid,
  List,
  NumberField,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  NumberInput,
} from 'react-admin';
import { editScreen, createScreen } from '../common/screens';
import { DateField } from '../common/DateField';
import { Stack } from '@mui/material';
import { MoneyField } from '../common/MoneyField';
import { currencyFilter, searchFilter } from '../common/filters';
import { CurrencyInput, DateIn, DaysInput, MoneyInput } from '../common/forms';

const TERMS = [
  'mep_days',
  'overdue_notice_days',
  'claim_filing_days',
  'waiting_period_days',
  'max_credit_days',
];

export const PolicyList = () => (
  <List filters={[searchFilter, currencyFilter]} sort={{ field: 'start_date', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <TextField source="insurer" />
      <TextField source="policy_number" />
      <TextField source="currency" />
      <DateField source="start_date" />
      <DateField source="end_date" />
      <NumberField source="mep_days" />
      <NumberField source="insured_percent" />
      <NumberField source="premium_rate" />
    </Datagrid>
  </List>
);

const PolicyForm = () => (
  <SimpleForm>
    <Stack direction="row" gap={2} flexWrap="wrap">
      <TextInput source="insurer" required />
      <TextInput source="policy_number" required />
      <CurrencyInput />
    </Stack>
    <Stack direction="row" gap={2} flexWrap="wrap">
      <DateIn source="start_date" isRequired />
      <DateIn source="end_date" isRequired />
    </Stack>
    <Stack direction="row" gap={2} flexWrap="wrap">
      {TERMS.map((source) => (
        <DaysInput key={source} source={source} isRequired />
      ))}
      <DaysInput source="insolvency_notice_days" />
    </Stack>
    <Stack direction="row" gap={2} flexWrap="wrap">
      <NumberInput source="insured_percent" required />
      <NumberInput source="premium_rate" required />
      <MoneyInput source="deductible" />
      <MoneyInput source="min_premium" />
      <MoneyInput source="buyer_fee" />
    </Stack>
    <TextInput source="notes" multiline fullWidth />
  </SimpleForm>
);

export const PolicyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="insurer" />
      <TextField source="policy_number" />
      <TextField source="currency" />
      <DateField source="start_date" />
      <DateField source="end_date" />
      {TERMS.map((source) => (
        <NumberField key={source} source={source} />
      ))}
      <NumberField source="insolvency_notice_days" emptyText="—" />
      <NumberField source="insured_percent" />
      <MoneyField source="deductible" />
      <NumberField source="premium_rate" />
      <MoneyField source="min_premium" />
      <MoneyField source="buyer_fee" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

export const policies = {
  list: PolicyList,
  show: PolicyShow,
  recordRepresentation: (record: { insurer: string; policy_number: string }) =>
    `${record.policy_number} (${record.insurer})`,
  edit: editScreen(PolicyForm),
  create: createScreen(PolicyForm),
};
