import Ajv, { ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats';

/**
 * The one ajv instance. Money travels as decimal strings; the `decimal` keyword checks the
 * sign by reading the string, so no value is ever turned into a float to be validated.
 */
export const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ['date-time', 'email']);
// A calendar date in the years 1900–2199: year 0 or 9999 is a typo, and Postgres refuses
// some of them.
const calendarDate = fullFormats.date as { validate: (text: string) => boolean };
ajv.addFormat('date', {
  type: 'string',
  validate: (text: string) => /^(19|20|21)\d\d-/.test(text) && calendarDate.validate(text),
});

ajv.addKeyword({
  keyword: 'decimal',
  type: 'string',
  schemaType: 'object',
  errors: true,
  validate: function check(
    schema: { scale: number; sign?: 'positive' | 'nonNegative' },
    data: string,
  ) {
    const pattern = new RegExp(`^-?\\d{1,12}(\\.\\d{1,${schema.scale}})?$`);
    const fail = (message: string) => {
      (check as unknown as { errors: Partial<ErrorObject>[] }).errors = [
        { keyword: 'decimal', message, params: {} },
      ];
      return false;
    };
    if (!pattern.test(data)) return fail(`must be a number with at most ${schema.scale} decimals`);
    const negative = data.startsWith('-');
    const zero = /^-?0*(\.0*)?$/.test(data);
    if (schema.sign === 'positive' && (negative || zero)) return fail('must be greater than zero');
    if (schema.sign === 'nonNegative' && negative && !zero) return fail('must not be negative');
    return true;
  },
});

const FORMAT_MESSAGES: Record<string, string> = {
  date: 'must be a date (YYYY-MM-DD)',
  'date-time': 'must be a date and time',
  email: 'must be an e-mail address',
};

/** Turns ajv's errors into react-admin's `{ field: reason }`, one reason per field. */
export function fieldErrors(errors: ErrorObject[] | null | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const error of errors ?? []) {
    const field =
      error.keyword === 'required'
        ? String(error.params.missingProperty)
        : error.instancePath.split('/')[1] || '_';
    if (result[field]) continue;
    if (error.keyword === 'required') result[field] = 'is required';
    else if (error.keyword === 'format')
      result[field] = FORMAT_MESSAGES[error.params.format] ?? 'has the wrong format';
    else if (error.keyword === 'pattern') result[field] = 'has the wrong format';
    else if (error.keyword === 'minLength') {
      result[field] = `must be at least ${error.params.limit} characters long`;
    } else if (error.keyword === 'enum') {
      result[field] = `must be one of: ${(error.params.allowedValues as string[]).join(', ')}`;
    } else result[field] = error.message ?? 'is not valid';
  }
  return result;
}
