import type { ValidateFunction } from 'ajv';
import { badRequest } from '../http/http-error';
import { ajv, fieldErrors } from '../rest/ajv';

export const money = { type: 'string', decimal: { scale: 2, sign: 'positive' } } as const;
export const day = { type: 'string', format: 'date' } as const;
export const recordId = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;
export const note = { type: 'string', maxLength: 10000 } as const;

/** Compiles a command's body schema once; the parser answers 400 with the fields named. */
export function bodyParser<T>(schema: Record<string, unknown>): (body: unknown) => T {
  const validate: ValidateFunction = ajv.compile({ additionalProperties: false, ...schema });
  return (body) => {
    // Money may come as a JSON number; it is read as the decimal string it was written as.
    const normalised =
      body && typeof body === 'object' && !Array.isArray(body)
        ? Object.fromEntries(
            Object.entries(body).map(([key, value]) => [
              key,
              typeof value === 'number' && /amount$/.test(key) ? String(value) : value,
            ]),
          )
        : body;
    if (!validate(normalised)) {
      throw badRequest('The request is not valid', fieldErrors(validate.errors));
    }
    return normalised as T;
  };
}
