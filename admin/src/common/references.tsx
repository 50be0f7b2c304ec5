import { AutocompleteInput, ReferenceField, ReferenceInput } from 'react-admin';

// References shown by name and searched by name: the autocomplete sends `q`, which every
// resource's list endpoint answers from its searchable columns.
const byQuery = (q: string) => (q ? { q } : {});

interface RefInputProps {
  source: string;
  reference: string;
  label?: string;
  alwaysOn?: boolean;
  required?: boolean;
  filter?: Record<string, unknown>;
  disabled?: boolean;
  fullWidth?: boolean;
}

export function RefInput({ source, reference, required, filter, ...rest }: RefInputProps) {
  return (
    <ReferenceInput source={source} reference={reference} filter={filter}>
      <AutocompleteInput
        filterToQuery={byQuery}
        validate={required ? requiredRef : undefined}
        sx={{ minWidth: 220 }}
        {...rest}
      />
    </ReferenceInput>
  );
}

const requiredRef = (value: unknown) => (value ? undefined : 'ra.validation.required');

export const ExporterInput = (props: Partial<RefInputProps>) => (
  <RefInput source="exporter_id" reference="exporters" {...props} />
);
export const BuyerInput = (props: Partial<RefInputProps>) => (
  <RefInput source="buyer_id" reference="buyers" {...props} />
);
export const PolicyInput = (props: Partial<RefInputProps>) => (
  <RefInput source="policy_id" reference="policies" {...props} />
);
export const InvoiceInput = (props: Partial<RefInputProps>) => (
  <RefInput source="invoice_id" reference="invoices" {...props} />
);

interface RefFieldProps {
  source: string;
  reference: string;
  label?: string;
  sortable?: boolean;
  link?: 'show' | 'edit' | false;
}

export const RefField = ({ link = 'show', ...props }: RefFieldProps) => (
  <ReferenceField {...props} link={link} emptyText="—" />
);
export const ExporterField = (props: Partial<RefFieldProps>) => (
  <RefField source="exporter_id" reference="exporters" {...props} />
);
export const BuyerField = (props: Partial<RefFieldProps>) => (
  <RefField source="buyer_id" reference="buyers" {...props} />
);
export const PolicyField = (props: Partial<RefFieldProps>) => (
  <RefField source="policy_id" reference="policies" {...props} />
);
export const InvoiceField = (props: Partial<RefFieldProps>) => (
  <RefField source="invoice_id" reference="invoices" {...props} />
);
