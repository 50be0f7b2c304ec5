import type { Knex } from 'knex';
import { HttpError } from '../http/http-error';
import type { Resource } from './types';

/**
 * A table-wide check constraint (end_date > start_date) names no column, so Postgres cannot
 * tell which field broke it. Its definition can: every column of the resource it mentions
 * gets the rule as its reason. Other errors pass through unchanged.
 */
export async function explainCheckViolation(
  db: Knex,
  resource: Resource,
  error: { code?: string; column?: string; constraint?: string; table?: string },
): Promise<unknown> {
  if (error.code !== '23514' || error.column || !error.constraint || !error.table) return error;
  const { rows } = await db.raw(
    `SELECT pg_get_constraintdef(c.oid) AS definition FROM pg_constraint c
      WHERE c.conname = ? AND c.conrelid = ?::regclass`,
    [error.constraint, error.table],
  );
  const definition: string | undefined = rows[0]?.definition;
  if (!definition) return error;
  const rule = definition.replace(/^CHECK \((.*)\)$/, '$1');
  const fields = resource.writable.filter((name) => new RegExp(`\\b${name}\\b`).test(rule));
  const errors = Object.fromEntries(fields.map((field) => [field, `must satisfy ${rule}`]));
  return new HttpError(400, `The record breaks the rule ${rule}`, errors);
}
