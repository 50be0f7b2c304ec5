import { badRequest, HttpError } from '../http/http-error';
import { findCardNumber } from './find-card-number';

export const CARD_NUMBER_REFUSED =
  'A full card number may not be sent or stored; keep only the last four digits';
export const CARD_NUMBER_REASON = 'looks like a full card number';

/** The 400 that names the field a card number was found in. */
export const cardNumberRefused = (field: string): HttpError =>
  badRequest(CARD_NUMBER_REFUSED, { [field]: CARD_NUMBER_REASON });

// Text that is itself JSON (a filter in a query string, a mapping in a form field) is read
// as JSON too, so that an escape such as \u0034 is seen as the digit it stands for.
function asJson(text: string): unknown {
  if (!/^\s*[[{"]/.test(text)) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface Place {
  value: unknown;
  path: string;
  /** set inside text read as JSON: the field that held the text, which is what is named */
  field?: string;
}

/**
 * Where a parsed value (a JSON body, a form, a query) holds what looks like a full card
 * number, in its values or its keys: the dotted path of the field, e.g.
 * "allocations.0.deduction.card"; for a key, the path of the object that has it; "_" for
 * the top. Undefined when nowhere. Walked with a stack, so deep nesting cannot overflow.
 */
export function cardNumberField(value: unknown): string | undefined {
  const stack: Place[] = [{ value, path: '' }];
  while (stack.length > 0) {
    const { value: next, path, field } = stack.pop() as Place;
    const named = field ?? (path || '_');
    if (typeof next === 'string') {
      if (findCardNumber(next)) return named;
      const json = asJson(next);
      if (json !== undefined) stack.push({ value: json, path, field: named });
    } else if (typeof next === 'number' || typeof next === 'bigint') {
      if (findCardNumber(String(next))) return named;
    } else if (next && typeof next === 'object') {
      const entries = Object.entries(next);
      if (entries.some(([key]) => findCardNumber(key))) return named;
      for (const [key, child] of entries.reverse()) {
        stack.push({ value: child, path: path ? `${path}.${key}` : key, field });
      }
    }
  }
  return undefined;
}
