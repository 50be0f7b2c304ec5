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

/**
 * True when the text holds something that looks like a full card number: 13 to 19 digits,
 * written together or in groups split by single spaces or dashes, passing the Luhn check.
 * Both each whole run of digits and each run of grouped digits are tried.
 */
export function findCardNumber(text: string): boolean {
  for (const run of text.match(/\d(?:[ -]?\d)*/g) ?? []) {
    if (looksLikeCard(run.replace(/[ -]/g, ''))) return true;
    for (const part of run.split(/[ -]/)) if (looksLikeCard(part)) return true;
  }
  return false;
}
