import { fail, ok, Parsed } from './parse-result';

/** The decimal separator of a file's amounts, when the file's own writing leaves doubt. */
export type DecimalSeparator = '.' | ',';

const MAX_INTEGER_DIGITS = 12; // numeric(14,2)

/** "1234.5" → "1234.50"; "-0.5" → "-0.50": digits only, never through a float. */
function normalise(negative: boolean, integer: string, fraction: string): Parsed<string> {
  const digits = integer.replace(/^0+(?=\d)/, '') || '0';
  if (digits.length > MAX_INTEGER_DIGITS) return fail('is too large');
  if (fraction.length > 2) return fail('has more than two decimals');
  const cents = fraction.padEnd(2, '0');
  const zero = /^0+$/.test(digits + cents);
  return ok(`${negative && !zero ? '-' : ''}${digits}.${cents}`);
}

/**
 * Spreadsheet numbers are floats already; their shortest decimal form (what Excel shows) is
 * rounded half away from zero to cents on the digits, e.g. 0.1 + 0.2 → "0.30".
 */
function fromSpreadsheetNumber(input: number): Parsed<string> {
  if (!Number.isFinite(input)) return fail('is not a number');
  const shortest = String(Math.abs(input));
  const text = shortest.includes('e')
    ? Math.abs(input).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : shortest;
  const [integer, fraction = ''] = text.split('.');
  if (fraction.length <= 2) return normalise(input < 0, integer, fraction);
  const kept = BigInt(integer + fraction.slice(0, 2)) + (fraction[2] >= '5' ? 1n : 0n);
  const cents = kept.toString().padStart(3, '0');
  return normalise(input < 0, cents.slice(0, -2), cents.slice(-2));
}

/**
 * The decimal separator in a string of digits and separators, or null when every separator
 * in it groups thousands.
 */
function decimalSeparatorOf(body: string, hint?: DecimalSeparator): DecimalSeparator | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!separator) return null;
  if (hint) return separator === hint ? separator : null;
  // One separator followed by exactly three digits groups thousands: money has cents,
  // never thousandths. Several of the same separator always group thousands.
  const occurrences = body.split(separator).length - 1;
  const digitsAfter = body.length - body.lastIndexOf(separator) - 1;
  return occurrences === 1 && digitsAfter !== 3 ? separator : null;
}

/**
 * Reads an amount as people write it: 1234.56, 1,234.56 (US), 1.234,56 (Italian),
 * 1 234,56, 1'234.56, $ 1,234.56, € 1.234,56, 1234.56 USD, (1,234.56) or -1234.56 for a
 * negative.
 * The answer is an exact decimal string with two decimals; no float is ever involved.
 */
export function parseAmount(input: unknown, hint?: DecimalSeparator): Parsed<string> {
  if (typeof input === 'number') return fromSpreadsheetNumber(input);
  let text = String(input ?? '').trim();
  if (text === '') return fail('is empty');
  let negative = false;
  if (/^\(.*\)$/.test(text)) [negative, text] = [true, text.slice(1, -1).trim()];
  text = text.replace(/^[$€£]|[$€£]$/g, '').trim();
  if (/^[-−]/.test(text)) [negative, text] = [!negative, text.slice(1).trim()];
  else if (/-$/.test(text)) [negative, text] = [!negative, text.slice(0, -1).trim()];
  text = text.replace(/^[$€£]|^[A-Z]{3}\s+|\s+[A-Z]{3}$/g, '').trim();
  if (/[A-Za-z]/.test(text)) return fail('has letters in it');
  if (!/^\d[\d.,' \u00a0\u202f]*$/.test(text) || !/\d$/.test(text)) return fail('is not an amount');
  const decimal = decimalSeparatorOf(text, hint);
  const [integerPart, fraction = ''] = decimal ? splitLast(text, decimal) : [text, ''];
  if (!/^\d*$/.test(fraction) || (decimal && integerPart.includes(decimal))) {
    return fail('has misplaced separators');
  }
  const groups = integerPart.split(/[.,' \u00a0\u202f]/);
  const grouped = groups.length > 1;
  if (grouped && groups.slice(1).some((group) => group.length !== 3)) {
    return fail('has misplaced thousands separators');
  }
  if (grouped && (groups[0].length === 0 || groups[0].length > 3)) {
    return fail('has misplaced thousands separators');
  }
  return normalise(negative, groups.join(''), fraction);
}

function splitLast(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}
