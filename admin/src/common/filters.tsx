import { BooleanInput, DateInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { BuyerInput, ExporterInput } from './references';
import { choicesOf } from './StatusChip';

// Filter inputs shared by the lists: the keys are the API's filter keys (CONTRACT.md).
export const searchFilter = <SearchInput key="q" source="q" alwaysOn />;
export const exporterFilter = <ExporterInput source="exporter_id" key="exporter_id" alwaysOn />;
export const buyerFilter = <BuyerInput source="buyer_id" key="buyer_id" alwaysOn />;
export const currencyFilter = (
  <TextInput key="currency" source="currency" parse={(v: string) => v.toUpperCase()} />
);
export const statusFilter = (values: readonly string[], source = 'status') => (
  <SelectInput
    key={source}
    source={source}
    choices={choicesOf(values)}
    alwaysOn
    sx={{ minWidth: 200 }}
  />
);
export const dateRange = (source: string, from = 'cd.filter.from', to = 'cd.filter.to') => [
  <DateInput key={`${source}_gte`} source={`${source}_gte`} label={from} />,
  <DateInput key={`${source}_lte`} source={`${source}_lte`} label={to} />,
];
export const toggleFilter = (source: string, label: string) => (
  <BooleanInput key={source} source={source} label={label} />
);
