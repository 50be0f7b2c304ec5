import type { ReactElement } from 'react';
import { Datagrid, List, Show, SimpleForm, SimpleShowLayout } from 'react-admin';
import { createScreen } from './screens';
import { RefField, RefInput } from './references';

// A join table's screens (a claim's invoices, a referral's invoices...): a list filtered by
// either side, a show page and a create form linking two records by name. No edit: a wrong
// link is deleted and made again.
interface Side {
  source: string;
  reference: string;
}

/** What a join row carries beside its two links (the amount claimed on an invoice). */
interface Extra {
  fields: ReactElement[];
  inputs: ReactElement[];
}

export function joinScreens(parent: Side, child: Side, extra: Extra = { fields: [], inputs: [] }) {
  const filters = [
    <RefInput key={parent.source} {...parent} alwaysOn />,
    <RefInput key={child.source} {...child} alwaysOn />,
  ];
  const fields = [
    <RefField key={parent.source} {...parent} />,
    <RefField key={child.source} {...child} />,
    ...extra.fields,
  ];
  const List_ = () => (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }}>
      <Datagrid rowClick="show">{fields}</Datagrid>
    </List>
  );
  const Show_ = () => (
    <Show>
      <SimpleShowLayout>{fields}</SimpleShowLayout>
    </Show>
  );
  const Form = () => (
    <SimpleForm>
      <RefInput {...parent} required />
      <RefInput {...child} required />
      {extra.inputs}
    </SimpleForm>
  );
  return { list: List_, show: Show_, create: createScreen(Form) };
}
