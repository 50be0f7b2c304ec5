import {
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  required,
  regex,
  type Validator,
} from 'react-admin';
import { choicesOf } from './StatusChip';

// Inputs for the declared column shapes (server/resources/columns.ts); the server checks
// the same rules again and its field errors appear beside these inputs.
const req = (isRequired?: boolean): Validator[] => (isRequired ? [required()] : []);

export const MoneyInput = ({ source, isRequired }: { source: string; isRequired?: boolean }) => (
  <TextInput
    source={source}
    validate={[...req(isRequired), regex(/^\d{1,12}(\.\d{1,2})?$/, 'ra.validation.number')]}
    inputProps={{ inputMode: 'decimal' }}
  />
);
export const CurrencyInput = ({ isRequired = true }: { isRequired?: boolean }) => (
  <TextInput
    source="currency"
    defaultValue="USD"
    parse={(value: string) => value.toUpperCase()}
    validate={[...req(isRequired), regex(/^[A-Z]{3}$/, 'ISO 4217, e.g. USD')]}
    sx={{ width: 120 }}
  />
);
export const CountryInput = () => (
  <TextInput
    source="country"
    parse={(value: string) => value.toUpperCase()}
    validate={regex(/^[A-Z]{2}$/, 'ISO 3166, e.g. US')}
    sx={{ width: 120 }}
  />
);
export const DateIn = ({ source, isRequired }: { source: string; isRequired?: boolean }) => (
  <DateInput source={source} validate={req(isRequired)} />
);
export const DaysInput = ({ source, isRequired }: { source: string; isRequired?: boolean }) => (
  <NumberInput source={source} min={0} step={1} validate={req(isRequired)} />
);
export const EnumInput = (props: {
  source: string;
  values: readonly string[];
  isRequired?: boolean;
}) => (
  <SelectInput
    source={props.source}
    choices={choicesOf(props.values)}
    validate={req(props.isRequired)}
  />
);
