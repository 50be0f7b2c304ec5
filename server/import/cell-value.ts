/**
 * The plain value of an exceljs cell: rich text becomes its text, a formula its cached
 * result, a hyperlink its text, an error cell its code (e.g. #N/A). Dates, numbers,
 * strings and booleans pass through.
 */
export function cellValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  const cell = value as Record<string, unknown>;
  if (Array.isArray(cell.richText)) {
    return (cell.richText as { text: string }[]).map((part) => part.text).join('');
  }
  if ('result' in cell || 'formula' in cell || 'sharedFormula' in cell)
    return cellValue(cell.result);
  if ('text' in cell) return cellValue(cell.text);
  if ('error' in cell) return String(cell.error);
  return String(value);
}
