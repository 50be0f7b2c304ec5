import { badRequest } from '../http/http-error';
import { ajv, fieldErrors } from './ajv';
import { isFilterable, isSortable } from './define-resource';
import { columnSchema } from './json-schemas';
import type { ColumnDeclaration, Resource } from './types';

export const MAX_PAGE_SIZE = 1000;
const OPERATORS = { _gte: '>=', _lte: '<=', _gt: '>', _lt: '<', _neq: '<>' } as const;
type Operator = '=' | (typeof OPERATORS)[keyof typeof OPERATORS];

export interface Condition {
  column: string;
  operator: Operator;
  /** An array means "any of"; null means IS NULL (IS NOT NULL with <>). */
  value: unknown;
}

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range?: [number, number];
  conditions: Condition[];
  search?: string;
  custom: { name: string; value: unknown }[];
  params: Record<string, unknown>;
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw badRequest(`${name} must be given once, as JSON`);
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`${name} is not valid JSON`, { [name]: 'is not valid JSON' });
  }
}

function parseSort(resource: Resource, raw: unknown): ListQuery['sort'] {
  const sort = parseJson('sort', raw);
  if (sort === undefined) return resource.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw badRequest('sort must be ["field", "ASC" or "DESC"]', { sort: 'is malformed' });
  }
  const [field, order] = sort;
  const column = resource.columns[field];
  if (!column || !isSortable(column)) {
    throw badRequest(`cannot sort ${resource.name} by "${field}"`, {
      sort: `unknown field ${field}`,
    });
  }
  const direction = typeof order === 'string' ? order.toUpperCase() : '';
  if (direction !== 'ASC' && direction !== 'DESC') {
    throw badRequest('sort order must be ASC or DESC', { sort: 'order must be ASC or DESC' });
  }
  return [field, direction];
}

function parseRange(raw: unknown): ListQuery['range'] {
  const range = parseJson('range', raw);
  if (range === undefined) return undefined;
  const valid =
    Array.isArray(range) &&
    range.length === 2 &&
    range.every((bound) => Number.isSafeInteger(bound) && bound >= 0) &&
    range[1] >= range[0];
  if (!valid) {
    throw badRequest('range must be [first, last] with 0 <= first <= last', {
      range: 'is malformed',
    });
  }
  if (range[1] - range[0] + 1 > MAX_PAGE_SIZE) {
    throw badRequest(`a page holds at most ${MAX_PAGE_SIZE} records`, {
      range: `at most ${MAX_PAGE_SIZE} records`,
    });
  }
  return range as [number, number];
}

// Keyed by the schema's text: declarations are few, so the cache stays small.
const valueValidators = new Map<string, ReturnType<typeof ajv.compile>>();

function valueValidator(column: ColumnDeclaration) {
  // A filter on a list column (e-mails) compares one element.
  const schema =
    column.type === 'emails' ? { type: 'string' } : columnSchema({ ...column, required: true });
  const key = JSON.stringify(schema);
  let validate = valueValidators.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    valueValidators.set(key, validate);
  }
  return validate;
}

/** JSON may carry a NUL character; Postgres text cannot, so it never reaches the query. */
function refuseNul(key: string, value: unknown): void {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw badRequest(`filter ${key} contains a NUL character`, {
      [key]: 'contains a NUL character',
    });
  }
}

/** Checks one filter value against its column's type; money may come as a number. */
function checkValue(key: string, column: ColumnDeclaration, value: unknown): unknown {
  if (value === null) return null;
  refuseNul(key, value);
  const normalised =
    (column.type === 'money' || column.type === 'decimal') && typeof value === 'number'
      ? String(value)
      : value;
  const validate = valueValidator(column);
  if (!validate(normalised)) {
    const reason = Object.values(fieldErrors(validate.errors))[0] ?? 'is not valid';
    throw badRequest(`filter ${key} ${reason}`, { [key]: reason });
  }
  return normalised;
}

function parseCondition(resource: Resource, key: string, value: unknown): Condition {
  const suffix = (Object.keys(OPERATORS) as (keyof typeof OPERATORS)[]).find((s) =>
    key.endsWith(s),
  );
  const columnName = suffix ? key.slice(0, -suffix.length) : key;
  const column = resource.columns[columnName];
  if (!column || !isFilterable(column)) {
    throw badRequest(`unknown filter "${key}" on ${resource.name}`, { [key]: 'unknown filter' });
  }
  const operator: Operator = suffix ? OPERATORS[suffix] : '=';
  if (Array.isArray(value)) {
    if (operator !== '=')
      throw badRequest(`filter ${key} takes one value`, { [key]: 'takes one value' });
    if (value.length > MAX_PAGE_SIZE) {
      throw badRequest(`filter ${key} lists too many values`, {
        [key]: `at most ${MAX_PAGE_SIZE} values`,
      });
    }
    return { column: columnName, operator, value: value.map((v) => checkValue(key, column, v)) };
  }
  if (value === null && operator !== '=' && operator !== '<>') {
    throw badRequest(`filter ${key} cannot compare with null`, { [key]: 'cannot be null' });
  }
  return { column: columnName, operator, value: checkValue(key, column, value) };
}

/** Reads react-admin's sort, range and filter query parameters, refusing any unknown name. */
export function parseListQuery(resource: Resource, query: Record<string, unknown>): ListQuery {
  const filter = parseJson('filter', query.filter) ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw badRequest('filter must be a JSON object', { filter: 'must be an object' });
  }
  const result: ListQuery = {
    sort: parseSort(resource, query.sort),
    range: parseRange(query.range),
    conditions: [],
    custom: [],
    params: {},
  };
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    if (key === 'q') {
      if (typeof value !== 'string') throw badRequest('q must be text', { q: 'must be text' });
      refuseNul('q', value);
      if (resource.searchable.length === 0) {
        throw badRequest(`${resource.name} has no text to search with q`, { q: 'not searchable' });
      }
      if (value.trim()) result.search = value.trim();
    } else if (resource.params[key]) {
      result.params[key] = checkValue(key, resource.params[key], value);
    } else if (resource.filters[key]) {
      const custom = resource.filters[key];
      result.custom.push({ name: key, value: checkValue(key, { type: custom.type }, value) });
    } else {
      result.conditions.push(parseCondition(resource, key, value));
    }
  }
  return result;
}
