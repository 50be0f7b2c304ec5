import type { Knex } from 'knex';
import type { ListQuery } from './parse-list-query';
import type { Resource } from './types';

/** Escapes LIKE wildcards so a search for "50%" finds the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Adds a parsed list query's conditions to a query. Every column name here was checked
 * against the declaration by parseListQuery; every value travels as a binding.
 */
export function applyFilters(query: Knex.QueryBuilder, resource: Resource, list: ListQuery): void {
  for (const { column, operator, value } of list.conditions) {
    const type = resource.columns[column].type;
    if (value === null) {
      if (operator === '<>') query.whereNotNull(column);
      else query.whereNull(column);
    } else if (type === 'emails') {
      // A list column holds one of the addresses (any of them, given an array).
      const wanted = (Array.isArray(value) ? value : [value]) as string[];
      query.whereRaw(`${operator === '<>' ? 'NOT ' : ''}?? && ?::text[]`, [column, wanted]);
    } else if (Array.isArray(value)) {
      // "Any of", where a null among the values means "or empty".
      const values = value.filter((v) => v !== null) as Knex.Value[];
      const orNull = values.length < value.length;
      query.where((inner) => {
        if (values.length > 0) inner.whereIn(column, values);
        else if (!orNull) inner.whereRaw('false');
        if (orNull) inner.orWhereNull(column);
      });
    } else if (type === 'date') {
      // Compare calendar dates in SQL, whatever the column's type, so no time zone intrudes.
      query.whereRaw(`??::date ${operator} ?::date`, [column, value as string]);
    } else {
      query.where(column, operator, value as Knex.Value);
    }
  }
  for (const { name, value } of list.custom) resource.filters[name].apply(query, value);
  if (list.search) {
    const pattern = likePattern(list.search);
    query.where((inner) => {
      for (const column of resource.searchable)
        inner.orWhereRaw('??::text ILIKE ?', [column, pattern]);
    });
  }
}
