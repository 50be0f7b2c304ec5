import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection';
import { openDatabase } from '../db/open-database';
import { runImport } from '../server/import/run-import';

// `npm run demo:real`: the back office on the public data sets of ../shared/data
// (see docs/import.md). Safe to run again: the imports update rather than duplicate.
const ROOT = path.resolve(__dirname, '..');
const DATA = process.env.CREDITDESK_SHARED_DATA ?? path.resolve(ROOT, '../shared/data');
const JOBS = ['aging-alerts', 'claim-deadlines', 'weekly-report'];

const DATA_SETS = [
  {
    exporter: 'IBM Watson AR sample (ar-ibm)',
    file: 'ar-ibm/WA_Fn-UseC_-Accounts-Receivable.csv',
    mapping: 'ar-ibm.invoices.json',
    asOf: '2013-12-31',
  },
  {
    exporter: 'HighRadius open AR sample (highradius-open-ar)',
    file: 'highradius-open-ar/data2.csv',
    mapping: 'highradius-open-ar.invoices.json',
    asOf: '2020-06-01',
  },
];

const say = (line = '') => process.stdout.write(`${line}\n`);

async function exporterNamed(db: Db, name: string): Promise<number> {
  const found = await db('exporters').whereRaw('lower(name) = lower(?)', [name]).first('id');
  if (found) return found.id;
  const [created] = await db('exporters')
    .insert({ name, country: 'IT', language: 'en' })
    .returning('id');
  return created.id;
}

async function printAging(db: Db, exporterId: number, asOf: string): Promise<void> {
  const { rows } = await db.raw(
    `SELECT currency, sum(invoice_count)::integer AS invoices, sum(not_due) AS not_due,
            sum(d1_30) AS d1_30, sum(d31_60) AS d31_60, sum(d61_90) AS d61_90,
            sum(d91_120) AS d91_120, sum(over_120) AS over_120, sum(total) AS total
       FROM aging_report(?) WHERE exporter_id = ? GROUP BY currency ORDER BY currency`,
    [asOf, exporterId],
  );
  say(`  aging as of ${asOf}:`);
  for (const row of rows) say(`    ${JSON.stringify(row)}`);
  if (rows.length === 0) say('    nothing open');
}

// The jobs are run through their public command (CONTRACT.md), on this same database.
function runJobs(url: string, asOf: string): void {
  for (const job of JOBS) {
    const run = spawnSync('npm', ['run', '-s', 'job', '--', job, '--as-of', asOf], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    say(`  job ${job} as of ${asOf}: ${run.status === 0 ? 'done' : `failed (exit ${run.status})`}`);
  }
}

async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    for (const set of DATA_SETS) {
      const exporterId = await exporterNamed(database.db, set.exporter);
      const mapping = JSON.parse(
        readFileSync(path.join(ROOT, 'demo/mappings', set.mapping), 'utf8'),
      );
      const report = await runImport(database.db, {
        kind: 'invoices',
        exporterId,
        filePath: path.join(DATA, set.file),
        fileName: path.basename(set.file),
        dryRun: false,
        mapping,
        saveMapping: true,
      });
      say(`${set.exporter} (exporter ${exporterId}): ${report.message}`);
      say(`  ${JSON.stringify(report.counts)}`);
      if (report.error_count > 0) throw new Error(`${set.file} has ${report.error_count} bad rows`);
      await printAging(database.db, exporterId, set.asOf);
      runJobs(database.url, set.asOf);
    }
  } finally {
    await database.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`demo:real failed: ${error.message}\n`);
  process.exit(1);
});
