import { fail, ok, Parsed } from './parse-result';

// Coded values as exporters write them, in English or Italian.
const TRUE_WORDS = new Set(['yes', 'y', 'true', '1', 'x', 'si', 'sì', 'disputed', 'contestata']);
const FALSE_WORDS = new Set(['no', 'n', 'false', '0', '-', 'none']);
const COUNTRIES: Record<string, string> = {
  usa: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states': 'US',
  'stati uniti': 'US',
  can: 'CA',
  canada: 'CA',
  ita: 'IT',
  italy: 'IT',
  italia: 'IT',
  mex: 'MX',
  mexico: 'MX',
};
const METHODS: Record<string, string> = {
  check: 'check',
  cheque: 'check',
  chk: 'check',
  assegno: 'check',
  wire: 'wire',
  'wire transfer': 'wire',
  transfer: 'wire',
  'bank transfer': 'wire',
  bonifico: 'wire',
  ach: 'ach',
  eft: 'ach',
  card: 'card',
  'credit card': 'card',
  cc: 'card',
  visa: 'card',
  mastercard: 'card',
  amex: 'card',
};

export function parseBoolean(input: unknown): Parsed<boolean> {
  if (typeof input === 'boolean') return ok(input);
  const text = String(input ?? '')
    .trim()
    .toLowerCase();
  if (TRUE_WORDS.has(text)) return ok(true);
  if (FALSE_WORDS.has(text)) return ok(false);
  return fail('is not yes or no');
}

export function parseCountry(input: unknown): Parsed<string> {
  const text = String(input ?? '').trim();
  if (/^[A-Za-z]{2}$/.test(text)) return ok(text.toUpperCase());
  return COUNTRIES[text.toLowerCase()]
    ? ok(COUNTRIES[text.toLowerCase()])
    : fail('is not a country');
}

export function parseCurrency(input: unknown): Parsed<string> {
  const text = String(input ?? '').trim();
  if (/^[A-Za-z]{3}$/.test(text)) return ok(text.toUpperCase());
  if (text === '€') return ok('EUR');
  return fail('is not a currency code such as USD');
}

export function parseMethod(input: unknown): Parsed<string> {
  const method =
    METHODS[
      String(input ?? '')
        .trim()
        .toLowerCase()
    ];
  return method ? ok(method) : fail('is not check, wire, ACH or card');
}

/** Payment terms in days: "60", "Net 60", "N60", "60 days", "60 gg". */
export function parseDays(input: unknown): Parsed<string> {
  const text = String(input ?? '')
    .trim()
    .toLowerCase();
  const match = /^(?:net\s*|n\s*)?(\d{1,4})(?:\s*(?:days?|gg|giorni))?$/.exec(text);
  if (!match || Number(match[1]) > 3650) return fail('is not a number of days');
  return ok(String(Number(match[1])));
}
