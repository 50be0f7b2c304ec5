import { BUYER_REFERENCE, FIELDS, FieldSpec, ImportKind } from './import-kinds';
import type { ImportMapping } from './import-mapping';
import type { ColumnMatch } from './match-columns';
import { parseAmount } from './parse-amount';
import { parseBoolean, parseCountry, parseCurrency, parseDays, parseMethod } from './parse-code';
import { parseDate } from './parse-date';
import { parseIdentifier } from './parse-identifier';
import { isError, ok, Parsed } from './parse-result';

/** One reason a row cannot be imported, as the preview shows it. */
export interface RowError {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export type ConvertedRow =
  { values: Record<string, string | null> } | { errors: RowError[] } | null;

const isBlank = (cell: unknown) =>
  cell === null || cell === undefined || String(cell).trim() === '';

const shown = (cell: unknown) =>
  isBlank(cell)
    ? ''
    : (cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell)).slice(0, 100);

function parserFor(spec: FieldSpec, mapping: ImportMapping): (cell: unknown) => Parsed<string> {
  switch (spec.type) {
    case 'identifier':
      return (cell) => parseIdentifier(cell, mapping.pad?.[spec.name]);
    case 'text':
      return (cell) => ok(String(cell).trim().slice(0, 10_000));
    case 'date':
      return (cell) => parseDate(cell, mapping.date_format);
    case 'amount':
      return (cell) => {
        const parsed = parseAmount(cell, mapping.decimal_separator);
        // The sign is read from the decimal string, never from a float.
        if (isError(parsed) || !/^-|^0\.00$/.test(parsed.value)) return parsed;
        return { error: 'must be greater than zero' };
      };
    case 'boolean':
      return (cell) => {
        const parsed = parseBoolean(cell);
        return isError(parsed) ? parsed : ok(String(parsed.value));
      };
    case 'country':
      return parseCountry;
    case 'currency':
      return parseCurrency;
    case 'days':
      return parseDays;
    case 'method':
      return parseMethod;
  }
}

/**
 * Turns the cells of one row into the clean text values the staging table takes (one per
 * field of the kind, null where absent), or every reason the row is wrong. A blank row
 * answers null and is skipped.
 */
export function rowConverter(kind: ImportKind, match: ColumnMatch, mapping: ImportMapping) {
  const fields = FIELDS[kind];
  const parsers = fields.map((spec) => parserFor(spec, mapping));
  const defaults: Record<string, string | null> = {
    currency: mapping.currency ?? null,
    method: kind === 'payments' ? (mapping.payment_method ?? 'wire') : null,
  };
  return (row: number, cells: unknown[]): ConvertedRow => {
    if (cells.every(isBlank)) return null;
    const values: Record<string, string | null> = {};
    const errors: RowError[] = [];
    fields.forEach((spec, at) => {
      const index = match.indexes[spec.name];
      const cell = index === undefined ? undefined : cells[index];
      if (isBlank(cell)) {
        values[spec.name] = defaults[spec.name] ?? null;
        if (spec.required)
          errors.push({ row, column: match.headers[spec.name], value: '', reason: 'is empty' });
        return;
      }
      const parsed = parsers[at](cell);
      if (isError(parsed)) {
        errors.push({
          row,
          column: match.headers[spec.name],
          value: shown(cell),
          reason: parsed.error,
        });
      } else values[spec.name] = parsed.value;
    });
    if (errors.length === 0) errors.push(...ruleErrors(kind, row, values, match));
    return errors.length > 0 ? { errors } : { values };
  };
}

/** Rules across the fields of a row. */
function ruleErrors(
  kind: ImportKind,
  row: number,
  values: Record<string, string | null>,
  match: ColumnMatch,
): RowError[] {
  const error = (field: string, reason: string) => ({
    row,
    column: match.headers[field] ?? field,
    value: values[field] ?? '',
    reason,
  });
  if (kind !== 'buyers' && BUYER_REFERENCE.every((field) => values[field] === null)) {
    return [
      error(
        BUYER_REFERENCE.find((field) => match.headers[field]) ?? 'buyer_name',
        'names no customer: give a customer number, name or tax id',
      ),
    ];
  }
  if (kind === 'invoices') {
    if (values.due_date === null && values.terms_days === null) {
      return [
        error(
          match.headers.due_date ? 'due_date' : 'terms_days',
          'is empty: a due date or terms are needed',
        ),
      ];
    }
    if (values.due_date !== null && values.due_date < (values.invoice_date as string)) {
      return [error('due_date', `is before the invoice date ${values.invoice_date}`)];
    }
  }
  if (
    kind === 'payments' &&
    values.method === 'check' &&
    (!values.check_number || !values.check_date)
  ) {
    return [error('method', 'is check: a check number and a check date are needed')];
  }
  return [];
}
