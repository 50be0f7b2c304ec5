import { fail, ok, Parsed } from './parse-result';

/**
 * Reads an identifier (invoice, customer or PO number) as text, so "0000611365" keeps its
 * zeros. A number that went through a float-minded export ("1930571429.0") loses the ".0";
 * an all-digit value is zero-padded to `width` when the exporter's system pads them.
 */
export function parseIdentifier(input: unknown, width?: number): Parsed<string> {
  if (typeof input === 'number' && !Number.isSafeInteger(input)) {
    return fail('is a number with decimals, not an identifier');
  }
  let text = String(input ?? '').trim();
  if (text === '') return fail('is empty');
  if (text.length > 200) return fail('is longer than 200 characters');
  text = text.replace(/^(\d+)\.0+$/, '$1');
  if (width && /^\d+$/.test(text)) text = text.padStart(width, '0');
  return ok(text);
}
