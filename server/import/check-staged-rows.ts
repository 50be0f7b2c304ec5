import type { Knex } from 'knex';
import type { ImportKind } from './import-kinds';
import type { ColumnMatch } from './match-columns';
import type { RowError } from './convert-row';

// Each check answers rows as (row, field, value, reason).
const duplicates = (column: string, what: string) => `
  SELECT row_no AS row, '${column}' AS field, ${column} AS value,
         '${what} is also on row ' || first_row || ' of the file' AS reason
    FROM (SELECT row_no, ${column}, min(row_no) OVER (PARTITION BY ${column}) AS first_row
            FROM import_rows WHERE ${column} IS NOT NULL) r
   WHERE row_no > first_row`;

const CHECKS: Record<ImportKind, string[]> = {
  buyers: [
    duplicates('account_number', 'this customer number'),
    duplicates('tax_id', 'this tax id'),
  ],
  purchase_orders: [duplicates('number', 'this PO number')],
  invoices: [duplicates('number', 'this invoice number')],
  payments: [
    duplicates('reference', 'this reference'),
    `SELECT r.row_no AS row, 'invoice_number' AS field, r.invoice_number AS value,
            'is not an invoice of this exporter' AS reason
       FROM import_rows r
      WHERE r.invoice_number IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoices i WHERE i.exporter_id = :exporterId AND i.number = r.invoice_number)`,
    `SELECT r.row_no AS row, 'currency' AS field, r.currency AS value,
            'differs from the invoice''s currency ' || i.currency AS reason
       FROM import_rows r JOIN invoices i ON i.exporter_id = :exporterId AND i.number = r.invoice_number
      WHERE i.currency <> r.currency`,
  ],
};

/** Rules that need the whole file or the database: duplicates, unknown invoices. */
export async function checkStagedRows(
  trx: Knex.Transaction,
  kind: ImportKind,
  exporterId: number,
  match: ColumnMatch,
  limit: number,
): Promise<RowError[]> {
  const sql = CHECKS[kind].map((check) => `(${check})`).join(' UNION ALL ');
  const { rows } = await trx.raw(`SELECT * FROM (${sql}) found ORDER BY row LIMIT :limit`, {
    exporterId,
    limit,
  });
  return rows.map((found: { row: number; field: string; value: string; reason: string }) => ({
    row: found.row,
    column: match.headers[found.field] ?? found.field,
    value: found.value,
    reason: found.reason,
  }));
}
