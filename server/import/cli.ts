import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openDatabase } from '../../db/open-database';
import { FileRejected } from './file-rejected';
import type { ImportMapping } from './import-mapping';
import { runImport, type ImportReport } from './run-import';

const USAGE = `usage: npm run import -- <buyers|purchase_orders|invoices|payments> <file.csv|file.xlsx>
         --exporter <id> [--dry-run] [--mapping mapping.json] [--date-format DMY|MDY]
         [--save-mapping] [--json]`;

const out = (line = '') => process.stdout.write(`${line}\n`);

function printReport(report: ImportReport): void {
  out(report.message);
  out(
    `  rows read: ${report.rows}; columns: ${Object.entries(report.columns)
      .map(([f, h]) => `${f} ← "${h}"`)
      .join(', ')}`,
  );
  if (report.ignored_columns.length > 0)
    out(`  columns not read: ${report.ignored_columns.join(', ')}`);
  for (const [name, count] of Object.entries(report.counts)) out(`  ${name}: ${count}`);
  for (const error of report.errors) {
    out(`  row ${error.row}, column "${error.column}", value "${error.value}": ${error.reason}`);
  }
  if (report.error_count > report.errors.length) {
    out(`  … and ${report.error_count - report.errors.length} more error(s)`);
  }
}

/** `npm run import`: one file, with a progress bar, and the report on stdout. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      exporter: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      mapping: { type: 'string' },
      'date-format': { type: 'string' },
      'save-mapping': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const [kind, file] = positionals;
  if (!kind || !file || !values.exporter) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let mapping: ImportMapping | undefined;
  if (values.mapping) mapping = JSON.parse(await readFile(values.mapping, 'utf8'));
  if (values['date-format']) {
    mapping = { ...mapping, date_format: values['date-format'] as ImportMapping['date_format'] };
  }
  const bar = new cliProgress.SingleBar(
    { format: 'Reading {bar} {percentage}% | {rows} rows', hideCursor: true, noTTYOutput: false },
    cliProgress.Presets.shades_classic,
  );
  const database = await openDatabase();
  try {
    bar.start(100, 0, { rows: 0 });
    const report = await runImport(database.db, {
      kind,
      exporterId: Number(values.exporter),
      filePath: file,
      fileName: path.basename(file),
      dryRun: values['dry-run'],
      mapping,
      saveMapping: values['save-mapping'],
      onProgress: ({ bytesRead, size, rows }) =>
        bar.update(size > 0 ? Math.round((bytesRead / size) * 100) : 100, { rows }),
    }).finally(() => bar.stop());
    if (values.json) out(JSON.stringify(report, null, 2));
    else printReport(report);
    return report.error_count > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof FileRejected)) throw error;
    out(`Nothing was imported: ${error.message}`);
    for (const [field, reason] of Object.entries(error.errors)) {
      if (reason !== error.message) out(`  ${field}: ${reason}`);
    }
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`The import failed: ${error.message}\n`);
    process.exit(1);
  },
);
