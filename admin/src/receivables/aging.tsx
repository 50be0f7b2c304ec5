import { Datagrid, DateInput, List, NumberField, Show, SimpleShowLayout } from 'react-admin';
import { MoneyField } from '../common/MoneyField';
import { BuyerField, ExporterField } from '../common/references';
import { buyerFilter, currencyFilter, exporterFilter } from '../common/filters';

export const BUCKETS = ['not_due', 'd1_30', 'd31_60', 'd61_90', 'd91_120', 'over_120', 'total'];

// Read-only report: aging_report(as_of) in SQL, one row per exporter, buyer and currency.
const filters = [
  <DateInput key="as_of" source="as_of" alwaysOn />,
  exporterFilter,
  buyerFilter,
  currencyFilter,
];

export const AgingList = () => (
  <List filters={filters} sort={{ field: 'total', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      {BUCKETS.map((bucket) => (
        <MoneyField key={bucket} source={bucket} textAlign="right" />
      ))}
      <NumberField source="invoice_count" />
    </Datagrid>
  </List>
);

export const AgingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ExporterField source="exporter_id" />
      <BuyerField source="buyer_id" />
      {BUCKETS.map((bucket) => (
        <MoneyField key={bucket} source={bucket} />
      ))}
      <NumberField source="invoice_count" />
    </SimpleShowLayout>
  </Show>
);

export const aging = { list: AgingList, show: AgingShow };
