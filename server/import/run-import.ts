import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import { translatePgError } from '../http/pg-errors';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { checkStagedRows } from './check-staged-rows';
import { rowConverter, type RowError } from './convert-row';
import { FileRejected } from './file-rejected';
import { FIELDS, isImportKind, type ImportKind } from './import-kinds';
import { mappingErrors, type ImportMapping } from './import-mapping';
import { loadMapping, saveMapping } from './saved-mappings';
import { matchColumns } from './match-columns';
import { openTable, type Table, type TableRow } from './read-table';
import { createStagingTable } from './staging-table';
import { WRITERS } from './writers';

export interface ImportRequest {
  kind: string;
  exporterId: number;
  filePath: string;
  fileName: string;
  dryRun: boolean;
  /** given: used (and saved when saveMapping); absent: the exporter's saved one, if any */
  mapping?: ImportMapping;
  saveMapping?: boolean;
  onProgress?: (progress: { bytesRead: number; size: number; rows: number }) => void;
}

export interface ImportReport {
  import_id: string;
  kind: ImportKind;
  exporter_id: number;
  file_name: string;
  file_type: string;
  sha256: string;
  dry_run: boolean;
  imported: boolean;
  rows: number;
  error_count: number;
  /** every bad row, up to MAX_LISTED_ERRORS */
  errors: RowError[];
  columns: Record<string, string>;
  ignored_columns: string[];
  counts: Record<string, number>;
  message: string;
}

export const MAX_LISTED_ERRORS = 5000;

// Thrown inside the transaction to roll it back with the report in hand.
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

/**
 * Reads a file of buyers, POs, invoices or payments and writes it in ONE transaction, or
 * nothing: the rows stream through validation into a temporary table (COPY), then
 * set-based SQL writes them. A dry run does all of it and rolls back, so its counts are
 * exactly what the import would do. Row errors never throw: they are in the report.
 */
export async function runImport(
  db: Db,
  request: ImportRequest,
  context: RequestContext = {},
): Promise<ImportReport> {
  const kind = await checkRequest(db, request);
  const mapping = request.mapping ?? (await loadMapping(db, request.exporterId, kind)) ?? {};
  const table = await openTable(request.filePath);
  try {
    return await db.transaction(async (trx) => {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?), ?)', ['import', request.exporterId]);
      const report = await stageFile(trx, kind, mapping, table, request);
      if (report.error_count > 0) throw new RollBack(report);
      try {
        report.counts = await WRITERS[kind]({
          trx,
          exporterId: request.exporterId,
          mapping,
          mapped: Object.keys(report.columns),
        });
      } catch (error) {
        const known = translatePgError(error as never);
        if (!known) throw error;
        throw new FileRejected(`Nothing was imported: ${known.message}`, known.errors);
      }
      if (request.dryRun) {
        report.message = `Dry run: ${report.rows} rows would be imported; nothing was written`;
        throw new RollBack(report);
      }
      if (request.saveMapping && request.mapping) {
        await saveMapping(trx, context, request.exporterId, kind, request.mapping);
      }
      report.imported = true;
      report.message = `Imported ${report.rows} rows of ${kind}`;
      await writeAudit(trx, context, {
        resource: 'imports',
        recordId: report.import_id,
        action: 'create',
        after: { ...report, errors: undefined },
      });
      return report;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.report;
    throw error;
  } finally {
    table.close();
  }
}

async function checkRequest(db: Db, request: ImportRequest): Promise<ImportKind> {
  const errors: Record<string, string> = {};
  if (!isImportKind(request.kind))
    errors.kind = 'must be buyers, purchase_orders, invoices or payments';
  if (!Number.isSafeInteger(request.exporterId) || request.exporterId <= 0) {
    errors.exporter_id = 'must be the id of an exporter';
  } else if (!(await db('exporters').where({ id: request.exporterId }).first('id'))) {
    errors.exporter_id = 'no such exporter';
  }
  if (request.mapping !== undefined) Object.assign(errors, mappingErrors(request.mapping) ?? {});
  if (Object.keys(errors).length > 0)
    throw new FileRejected('The import request is not valid', errors);
  return request.kind as ImportKind;
}

/** The header row: the first row with anything in it. */
async function readHeader(rows: AsyncIterator<TableRow>): Promise<string[]> {
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { cells } = next.value;
    if (cells.some((cell) => cell !== null && String(cell).trim() !== '')) {
      return cells.map((cell) => String(cell ?? ''));
    }
  }
  throw new FileRejected('The file has no header row and no data');
}

async function stageFile(
  trx: Knex.Transaction,
  kind: ImportKind,
  mapping: ImportMapping,
  table: Table,
  request: ImportRequest,
): Promise<ImportReport> {
  const rowsOfFile = table.rows[Symbol.asyncIterator]();
  const match = matchColumns(kind, await readHeader(rowsOfFile), mapping);
  if (match.missing.length > 0) {
    throw new FileRejected(`The file lacks required columns: ${match.missing.join('; ')}`, {
      file: `missing columns: ${match.missing.join('; ')}`,
    });
  }
  const convert = rowConverter(kind, match, mapping);
  const fields = FIELDS[kind].map((spec) => spec.name);
  const staging = await createStagingTable(trx, fields);
  const errors: RowError[] = [];
  let errorCount = 0;
  let rows = 0;
  try {
    for (let next = await rowsOfFile.next(); !next.done; next = await rowsOfFile.next()) {
      const converted = convert(next.value.row, next.value.cells);
      if (!converted) continue;
      rows += 1;
      if ('errors' in converted) {
        errorCount += converted.errors.length;
        errors.push(...converted.errors.slice(0, MAX_LISTED_ERRORS - errors.length));
      } else {
        await staging.write(
          next.value.row,
          fields.map((field) => converted.values[field]),
        );
      }
      if (rows % 1000 === 0) {
        request.onProgress?.({ bytesRead: table.bytesRead(), size: table.size, rows });
      }
    }
  } catch (error) {
    await staging.abort();
    throw error;
  }
  await staging.finish();
  request.onProgress?.({ bytesRead: table.size, size: table.size, rows });
  if (rows === 0) throw new FileRejected('The file has a header row but no data rows');
  const staged = await checkStagedRows(trx, kind, request.exporterId, match, MAX_LISTED_ERRORS);
  errorCount += staged.length;
  errors.push(...staged.slice(0, MAX_LISTED_ERRORS - errors.length));
  errors.sort((a, b) => a.row - b.row);
  return {
    import_id: randomUUID(),
    kind,
    exporter_id: request.exporterId,
    file_name: request.fileName,
    file_type: table.type,
    sha256: table.sha256(),
    dry_run: request.dryRun,
    imported: false,
    rows,
    error_count: errorCount,
    errors,
    columns: match.headers,
    ignored_columns: match.ignored,
    counts: {},
    message:
      errorCount > 0
        ? `${errorCount} error(s) in ${new Set(errors.map((e) => e.row)).size} row(s); nothing was imported`
        : `${rows} rows are ready to import`,
  };
}
