import { ajv, fieldErrors } from '../rest/ajv';

/** How to read one exporter's file of one kind; saved per exporter and kind for next time. */
export interface ImportMapping {
  /** field → the header of the column that holds it, where matching by name is not enough */
  columns?: Record<string, string>;
  /** headers never to read, e.g. a model's predictions appended to an export */
  ignore?: string[];
  /** which comes first in dates such as 03/04/2024 */
  date_format?: 'DMY' | 'MDY';
  /** the decimal separator, when amounts such as 1.234 leave doubt */
  decimal_separator?: '.' | ',';
  /** the currency of every row, for files without a currency column */
  currency?: string;
  /** how payments were made when the file does not say (settled invoices, payment files) */
  payment_method?: 'wire' | 'ach' | 'card';
  /** zero-pad all-digit identifiers of these fields to a width: { "buyer_account": 10 } */
  pad?: Record<string, number>;
}

export const importMappingSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    columns: {
      type: 'object',
      additionalProperties: { type: 'string', minLength: 1, maxLength: 200 },
    },
    ignore: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 500 },
    date_format: { enum: ['DMY', 'MDY'] },
    decimal_separator: { enum: ['.', ','] },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    payment_method: { enum: ['wire', 'ach', 'card'] },
    pad: {
      type: 'object',
      additionalProperties: { type: 'integer', minimum: 1, maximum: 40 },
    },
  },
};

const validate = ajv.compile(importMappingSchema);

/** `{ field: reason }` for a mapping that cannot be used, or null when it is fine. */
export function mappingErrors(mapping: unknown): Record<string, string> | null {
  if (validate(mapping)) return null;
  return Object.fromEntries(
    Object.entries(fieldErrors(validate.errors)).map(([key, reason]) => [`mapping.${key}`, reason]),
  );
}
