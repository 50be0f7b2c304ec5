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
    if (type === 'emails') {
      query.whereRaw(`${operator === '<>' ? 'NOT ' : ''}? = ANY(??)`, [
        value as Knex.Value,
        column,
      ]);
    } else if (Array.isArray(value)) {
      if (value.length === 0) query.whereRaw('false');
      else query.whereIn(column, value);
    } else if (value === null) {
      if (operator === '<>') query.whereNotNull(column);
      else query.whereNull(column);
    } else if (type === 'date') {
      // Compare calendar dates in SQL, whatever the column's type, so no time zone intrudes.
      query.whereRaw(`??::date ${operator} ?::date`, [column, value as Knex.Value]);
    } else {
      query.where(column, operator, value as Knex.Value);
    }
  }
  for (const { name, value } of list.custom) resource.filters[name].apply(query, value);
  if (list.search) {
    const pattern = likePattern(list.search);
    query.where((inner) => {
      for (const column of resource.searchable) inner.orWhereRaw('??::text ILIKE ?', [column, pattern]);
    });
  }
}
