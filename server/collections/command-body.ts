import type { ErrorObject } from 'ajv';
import { ajv } from '../rest/ajv';
import { badRequest } from '../http/http-error';

// JSON Schema pieces for command bodies, in the same shapes the resources use.
export const money = { type: 'string', decimal: { scale: 2, sign: 'positive' } } as const;
export const day = { type: 'string', format: 'date' } as const;
export const recordId = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;
export const line = (maxLength = 200) => ({ type: 'string', maxLength }) as const;
export const note = { type: 'string', maxLength: 10000 } as const;

const MONEY_KEYS = new Set(['amount', 'amount_placed', 'promised_amount']);

/** Money may come as a JSON number; it is read as the decimal text it was written as. */
function moneyAsText(value: unknown, key = ''): unknown {
  if (typeof value === 'number' && MONEY_KEYS.has(key)) return String(value);
  if (Array.isArray(value)) return value.map((item) => moneyAsText(item));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [name, moneyAsText(item, name)]),
    );
  }
  return value;
}

/** "allocations.1.amount": reason, so a client can point at the line that is wrong. */
function commandErrors(errors: ErrorObject[] | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors ?? []) {
    const path = error.instancePath.slice(1).split('/').filter(Boolean);
    if (error.keyword === 'required') path.push(String(error.params.missingProperty));
    if (error.keyword === 'additionalProperties')
      path.push(String(error.params.additionalProperty));
    const field = path.join('.') || '_';
    if (result[field]) continue;
    if (error.keyword === 'required') result[field] = 'is required';
    else if (error.keyword === 'additionalProperties') result[field] = 'is not a known field';
    else if (error.keyword === 'format') result[field] = 'must be a date (YYYY-MM-DD)';
    else if (error.keyword === 'enum') {
      result[field] = `must be one of: ${(error.params.allowedValues as string[]).join(', ')}`;
    } else result[field] = error.message ?? 'is not valid';
  }
  return result;
}

/** Compiles a command's body schema once; the parser answers the body or throws a 400. */
export function commandBody<T>(schema: Record<string, unknown>): (body: unknown) => T {
  const validate = ajv.compile(schema);
  return (body) => {
    const value = moneyAsText(body ?? {});
    if (!validate(value))
      throw badRequest('The request is not valid', commandErrors(validate.errors));
    return value as T;
  };
}

/** A path parameter that must be a record id; anything else is a record that does not exist. */
export function pathId(value: unknown): number {
  const id = Number(value);
  return Number.isSafeInteger(id) && id >= 1 && id <= 2147483647 ? id : 0;
}
