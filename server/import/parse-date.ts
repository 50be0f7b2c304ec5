import { fail, ok, Parsed } from './parse-result';

/** Which comes first in a slashed date such as 03/04/2024: the day or the month. */
export type DateFormat = 'DMY' | 'MDY';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Italian exporters write the month in Italian; only the ones that differ from English.
const ITALIAN_MONTHS: Record<string, number> = {
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  ott: 10,
  dic: 12,
};
// Excel's day 0 is 1899-12-30 once its phantom 1900-02-29 is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const MAX_EXCEL_SERIAL = 2_958_465; // 9999-12-31

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function isoDate(year: number, month: number, day: number): Parsed<string> {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return fail('is not a date on the calendar');
  }
  if (year < 1900 || year > 2999) return fail('has a year out of range');
  return ok(`${pad(year, 4)}-${pad(month)}-${pad(day)}`);
}

// Two-digit years as Excel reads them: 00-29 are 20xx, 30-99 are 19xx.
const fullYear = (year: string) =>
  year.length === 2
    ? Number(year) < 30
      ? 2000 + Number(year)
      : 1900 + Number(year)
    : Number(year);

function fromExcelSerial(serial: number): Parsed<string> {
  if (!(serial >= 1 && serial <= MAX_EXCEL_SERIAL)) return fail('is not a date');
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().slice(0, 3);
  const english = MONTHS.indexOf(key);
  return english >= 0 ? english + 1 : ITALIAN_MONTHS[key];
}

function fromNumericParts(
  first: number,
  second: number,
  year: number,
  format?: DateFormat,
): Parsed<string> {
  if (format === 'DMY') return isoDate(year, second, first);
  if (format === 'MDY') return isoDate(year, first, second);
  if (first > 12 && second <= 12) return isoDate(year, second, first);
  if (second > 12 && first <= 12) return isoDate(year, first, second);
  if (first === second) return isoDate(year, first, second);
  return fail('is ambiguous (day or month first?): give the date format DMY or MDY');
}

/**
 * Reads a date as people and spreadsheets write it: 2024-03-31 (a time after it is
 * ignored), 3/31/2024 or 31/03/2024 (the format decides when both could be right),
 * 31.03.2024, 20240331, 31-Mar-24, an Excel date cell or an Excel serial number such as 45382.
 */
export function parseDate(input: unknown, format?: DateFormat): Parsed<string> {
  if (input instanceof Date) {
    // exceljs gives date cells as the wall-clock date at midnight UTC.
    if (Number.isNaN(input.getTime())) return fail('is not a date');
    return isoDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === 'number') return fromExcelSerial(input);
  const text = String(input ?? '').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(
    text,
  );
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (match)
    return fromNumericParts(Number(match[1]), Number(match[3]), fullYear(match[4]), format);
  // Dotted dates are European: day first.
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  // SAP and other ERPs export 20240331.
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$/.exec(text);
  if (match) {
    const month = monthNumber(match[2]);
    if (!month) return fail('has a month name that is not known');
    return isoDate(fullYear(match[3]), month, Number(match[1]));
  }
  if (/^\d{1,7}(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text));
  if (text === '') return fail('is empty');
  return fail('is not a date');
}
