import { CARD_NUMBER_REASON } from '../collections/card-number-field';
import { cardNumberIn } from '../collections/find-card-number';
import type { RowError } from './convert-row';
import { FileRejected } from './file-rejected';

/** "A" for the first column, "AA" for the 27th, as a spreadsheet labels them. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The card number a cell holds, if any; dates and booleans hold none. */
function cardIn(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cardNumberIn(cell);
  if (typeof cell === 'number' || typeof cell === 'bigint') return cardNumberIn(String(cell));
  return undefined;
}

/**
 * The header row may not hold a card number either: its names go into the import report
 * and the audit log. The file is refused naming the cell, never showing the number.
 */
export function refuseCardNumberInHeader(header: unknown[], row: number): void {
  const at = header.findIndex((cell) => cardIn(cell) !== undefined);
  if (at < 0) return;
  const where = `row ${row}, column ${columnLetter(at)}`;
  throw new FileRejected(`The header, ${where}, ${CARD_NUMBER_REASON}`, {
    file: `${where} ${CARD_NUMBER_REASON}`,
  });
}

/**
 * Every cell of a data row that looks like a full card number, as row errors, whether or not
 * its column is read: a file holding one is not imported at all (DOMAIN.md: never a full
 * card number). The error shows only the last four digits.
 */
export function cardNumberCells(row: number, cells: unknown[], header: string[]): RowError[] {
  const errors: RowError[] = [];
  cells.forEach((cell, at) => {
    const card = cardIn(cell);
    if (!card) return;
    const name = header[at]?.trim() || `column ${columnLetter(at)}`;
    errors.push({ row, column: name, value: `…${card.slice(-4)}`, reason: CARD_NUMBER_REASON });
  });
  return errors;
}
