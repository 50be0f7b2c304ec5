import path from 'node:path';
import { connect } from '../../db/connection';
import type { ImportMapping } from '../../server/import/import-mapping';
import { runImport } from '../../server/import/run-import';
import { reportMeasure } from '../measure-child';
import { importWatermark, removeImportedRows } from '../remove-imported-rows';

// The generated file has day-first dates and decimal commas. Without date_format its
// dates up to the 12th of the month are ambiguous and every such row would be an error.
const MAPPING: ImportMapping = { date_format: 'DMY', decimal_separator: ',' };

/**
 * One invoice file imported into the bench database through runImport, as `npm run import`
 * does, measured: `<file.csv> <exporter-id> <rows>`. It fails unless every row became a
 * new invoice, and in any case removes what the import added.
 */
async function main(): Promise<void> {
  const [file, exporter, rows] = process.argv.slice(2);
  const expected = Number(rows);
  const db = connect(process.env.BENCH_DATABASE_URL as string);
  const before = await importWatermark(db);
  try {
    const started = process.hrtime.bigint();
    const report = await runImport(db, {
      kind: 'invoices',
      exporterId: Number(exporter),
      filePath: file,
      fileName: path.basename(file),
      dryRun: false,
      mapping: MAPPING,
    });
    const imported = report.counts.created ?? 0;
    if (!report.imported || imported !== expected) {
      throw new Error(
        `Expected ${expected} new invoices, got ${imported}: ${report.message} ` +
          `${JSON.stringify(report.counts)} ${JSON.stringify(report.errors.slice(0, 5))}`,
      );
    }
    reportMeasure(started, {
      rows: report.rows,
      imported,
      rejected: new Set(report.errors.map((error) => error.row)).size,
      counts: report.counts,
    });
    // Checked after the clock stops: the invoices are in the table, not only in the report.
    const stored = await db('invoices')
      .where('exporter_id', Number(exporter))
      .andWhere('id', '>', before.invoices)
      .count({ n: '*' });
    if (Number(stored[0].n) !== expected) {
      throw new Error(`The report says ${imported} invoices, the table holds ${stored[0].n}`);
    }
  } finally {
    await removeImportedRows(db, before);
    await db.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
