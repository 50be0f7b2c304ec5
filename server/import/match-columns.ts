import { BUYER_REFERENCE, FIELDS, FieldSpec, ImportKind } from './import-kinds';
import type { ImportMapping } from './import-mapping';

/** Where each field is found in the file's rows. */
export interface ColumnMatch {
  /** field → index of its column */
  indexes: Record<string, number>;
  /** field → the header it was read from */
  headers: Record<string, string>;
  /** headers that no field reads */
  ignored: string[];
  /** reasons the file cannot be imported: columns that are required but absent */
  missing: string[];
}

/** "Invoice No." → "invoiceno", "doc_id" → "docid", "Invoice #" → "invoiceno". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/#/g, 'no')
    .replace(/[^a-z0-9]/g, '');
}

const fieldNames = (spec: FieldSpec) => [normaliseHeader(spec.name), ...spec.synonyms];

/**
 * Matches a file's headers to the fields of its kind: first the mapping's explicit
 * columns, then each field's own name and synonyms in order, ignoring case, spaces and
 * punctuation. A header serves one field at most.
 */
export function matchColumns(
  kind: ImportKind,
  headerRow: string[],
  mapping: ImportMapping = {},
): ColumnMatch {
  const fields = FIELDS[kind];
  const normalised = headerRow.map((header) => normaliseHeader(String(header ?? '')));
  const ignored = new Set((mapping.ignore ?? []).map(normaliseHeader));
  const taken = new Set<number>();
  const indexes: Record<string, number> = {};
  const missing: string[] = [];
  const available = (index: number) =>
    index >= 0 && !taken.has(index) && !ignored.has(normalised[index]);

  for (const [name, header] of Object.entries(mapping.columns ?? {})) {
    const spec = fields.find((candidate) => candidate.name === name);
    if (!spec) {
      missing.push(`the mapping names a field "${name}" that a ${kind} file does not have`);
      continue;
    }
    const index = normalised.indexOf(normaliseHeader(header));
    if (index < 0) {
      missing.push(`${spec.label}: the mapping's column "${header}" is not in the file`);
      continue;
    }
    indexes[name] = index;
    taken.add(index);
  }
  for (const spec of fields) {
    if (indexes[spec.name] !== undefined) continue;
    for (const candidate of fieldNames(spec)) {
      const index = normalised.findIndex((header, at) => header === candidate && available(at));
      if (index >= 0) {
        indexes[spec.name] = index;
        taken.add(index);
        break;
      }
    }
  }
  missing.push(...missingColumns(kind, indexes, mapping));
  const headers = Object.fromEntries(
    Object.entries(indexes).map(([name, index]) => [name, String(headerRow[index])]),
  );
  const unread = headerRow.filter((_header, index) => !taken.has(index)).map(String);
  return { indexes, headers, ignored: unread, missing };
}

function missingColumns(kind: ImportKind, found: Record<string, number>, mapping: ImportMapping) {
  const fields = FIELDS[kind];
  const has = (name: string) => found[name] !== undefined;
  const describe = (spec: FieldSpec) =>
    `${spec.label} (a column such as "${spec.name}" or "${spec.synonyms[0]}")`;
  const missing = fields.filter((spec) => spec.required && !has(spec.name)).map(describe);
  if (kind !== 'buyers' && !BUYER_REFERENCE.some(has)) {
    missing.push('Customer: a customer number, name or tax id column');
  }
  if (kind !== 'buyers' && !has('currency') && !mapping.currency) {
    missing.push('Currency: a currency column, or the currency of the whole file in the mapping');
  }
  if (kind === 'invoices' && !has('due_date') && !has('terms_days')) {
    missing.push('Due date: a due date or a payment terms (days) column');
  }
  return missing;
}
