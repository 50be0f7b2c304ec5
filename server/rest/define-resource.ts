import { ajv, fieldErrors } from './ajv';
import { writeSchema } from './json-schemas';
import { byColumn, noRows } from './exporter-scopes';
import type { ColumnDeclaration, Resource, ResourceDeclaration } from './types';

/** Columns every table stores but no client writes: the id and the row's stamps. */
export const NEVER_WRITTEN = new Set(['id', 'version', 'created_at', 'updated_at']);
const UNFILTERED = new Set(['text', 'json']);
const UNSORTED = new Set(['text', 'json', 'emails']);

export const isFilterable = (column: ColumnDeclaration) =>
  !column.writeOnly && (column.filter ?? !UNFILTERED.has(column.type));
export const isSortable = (column: ColumnDeclaration) =>
  !column.writeOnly && (column.sort ?? !UNSORTED.has(column.type));

/**
 * Turns a declaration into what the routes, validation and OpenAPI use. The write schemas
 * are compiled here, once, when the resource is defined.
 */
export function defineResource(declaration: ResourceDeclaration): Resource {
  const { columns } = declaration;
  const readOnly = !declaration.table;
  const writable = readOnly
    ? []
    : Object.keys(columns).filter((name) => !columns[name].readOnly && !NEVER_WRITTEN.has(name));
  const createValidator = ajv.compile(writeSchema(columns, writable, 'create'));
  const updateValidator = ajv.compile(writeSchema(columns, writable, 'update'));
  const validate = (validator: typeof createValidator) => (body: unknown) =>
    validator(body) ? null : fieldErrors(validator.errors);
  return {
    name: declaration.name,
    columns,
    declaration,
    table: declaration.table,
    readOnly,
    source: declaration.source ?? (declaration.table as string),
    params: declaration.params ?? {},
    defaultSort: declaration.defaultSort ?? ['id', 'ASC'],
    filters: declaration.filters ?? {},
    writable,
    searchable: Object.keys(columns).filter((name) => columns[name].search),
    validateCreate: validate(createValidator),
    validateUpdate: validate(updateValidator),
    beforeWrite: declaration.beforeWrite,
    roles: declaration.roles,
    // Deny by default: a resource that says nothing and has no exporter_id shows exporters nothing.
    exporterScope: declaration.exporterScope ?? (columns.exporter_id ? byColumn() : noRows),
    secretColumns: declaration.secretColumns ?? [],
  };
}
