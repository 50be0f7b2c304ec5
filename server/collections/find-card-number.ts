/** The Luhn checksum every payment card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

const looksLikeCard = (digits: string) =>
  digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value of a decimal digit of any script. Unicode assigns such digits only in runs of
 * ten, zero first, so the value is the distance from the start of the run, modulo ten.
 */
function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0) as number;
  let zero = code;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return String((code - zero) % 10);
}

/**
 * Text as a card number reader sees it: NFKC turns full-width digits into ASCII ones and
 * the many Unicode spaces into plain ones; invisible format characters (zero-width spaces,
 * soft hyphens, direction marks) are dropped; digits of other scripts become ASCII.
 */
function normalise(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Nd}/gu, (digit) => (digit <= '9' ? digit : asciiDigit(digit)));
}

// Between two groups of digits: spaces and tabs, or one dash, dot, slash or underscore.
// Line breaks end a run, so a column of numbers is not read as one long number.
const SEPARATOR = String.raw`(?:[\t\p{Zs}]+|[\p{Pd}\u2212._/\\])`;
const DIGIT_RUN = new RegExp(String.raw`\d+(?:${SEPARATOR}\d+)*`, 'gu');
const SEPARATORS = /[\t\p{Zs}\p{Pd}\u2212._/\\]+/u;

// How cards are printed: fours with a short last group (13 to 19 digits), American
// Express 4-6-5 and Diners 4-6-4. A run longer than the card is searched for these.
const LAYOUTS = [
  [4, 4, 4, 1],
  [4, 4, 4, 2],
  [4, 4, 4, 3],
  [4, 4, 4, 4],
  [4, 4, 4, 4, 1],
  [4, 4, 4, 4, 2],
  [4, 4, 4, 4, 3],
  [4, 6, 5],
  [4, 6, 4],
];

function cardInGroups(groups: string[]): string | undefined {
  const whole = groups.join('');
  if (looksLikeCard(whole)) return whole;
  const single = groups.find(looksLikeCard);
  if (single) return single;
  for (let start = 0; start < groups.length; start++) {
    for (const layout of LAYOUTS) {
      const window = groups.slice(start, start + layout.length);
      if (window.length < layout.length) continue;
      if (window.some((group, at) => group.length !== layout[at])) continue;
      if (looksLikeCard(window.join(''))) return window.join('');
    }
  }
  return undefined;
}

/**
 * The digits of the first thing in the text that looks like a full card number: 13 to 19
 * digits passing the Luhn check, written together or in groups split by spaces of any kind,
 * dashes, dots, slashes or underscores, in digits of any script. Each whole run of groups,
 * each group, and each part of a run laid out as cards are printed is tried.
 */
export function cardNumberIn(text: string): string | undefined {
  for (const run of normalise(text).match(DIGIT_RUN) ?? []) {
    const found = cardInGroups(run.split(SEPARATORS));
    if (found) return found;
  }
  return undefined;
}

/** True when the text holds something that looks like a full card number (cardNumberIn). */
export const findCardNumber = (text: string): boolean => cardNumberIn(text) !== undefined;
