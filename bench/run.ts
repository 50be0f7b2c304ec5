import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connect } from '../db/connection';
import { benchUrl, freshBenchDatabase } from './bench-database';
import { startBenchApp } from './bench-app';
import { captureListSql } from './capture-list-sql';
import { startFloorServer } from './floor-server';
import { dataSizeFor, generateData } from './generate-data';
import { measureChild } from './measure-child';
import { HttpMeasure, measureHttp } from './measure-http';
import { measureImport } from './measure-import';
import { writeBenchmarks } from './write-benchmarks';
import { explain, medianMs } from './sql-timing';

const CONNECTIONS = [1, 8, 32];

/**
 * `npm run bench [-- --invoices N] [--reuse] [--seconds S] [--out F] [--import-rows R]`:
 * builds the data set, then measures the list over HTTP against a bare pg floor, aging,
 * exposure, the nightly jobs and the import, and writes every figure with the machine and
 * method into BENCHMARKS.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      invoices: { type: 'string', default: '1000000' },
      reuse: { type: 'boolean', default: false },
      seconds: { type: 'string' },
      out: { type: 'string', default: 'BENCHMARKS.md' },
      // The target is for 100,000 rows whatever the data size; fewer only for trying it out.
      'import-rows': { type: 'string', default: '100000' },
    },
  });
  const invoices = Number(values.invoices);
  const importRows = Number(values['import-rows']);
  if (!Number.isInteger(importRows) || importRows < 1)
    throw new Error('--import-rows takes a whole number of at least 1');
  const seconds = Number(values.seconds ?? (invoices >= 500000 ? 10 : 3));
  const size = dataSizeFor(invoices);
  const url = benchUrl();
  const say = (line: string) => process.stdout.write(`${line}\n`);

  let generation: number | undefined;
  if (!values.reuse) {
    say(`Generating ${invoices} invoices...`);
    const started = Date.now();
    const fresh = await freshBenchDatabase(url);
    await generateData(fresh, size);
    await fresh.destroy();
    generation = (Date.now() - started) / 1000;
  }
  const db = connect(url, { min: 0, max: 20 });
  const counts = Object.fromEntries(
    await Promise.all(
      ['exporters', 'buyers', 'invoices', 'payments', 'allocations', 'deductions'].map(
        async (t) => [t, Number((await db(t).count({ n: '*' }))[0].n)],
      ),
    ),
  );
  const app = await startBenchApp(db);
  const headers = { cookie: app.cookie };
  const q = (o: Record<string, unknown>) =>
    Object.entries(o)
      .map(([k, v]) => `${k}=${encodeURIComponent(JSON.stringify(v))}`)
      .join('&');
  const lists = {
    filtered: `/api/invoices?${q({ filter: { exporter_id: 1, overdue: true }, sort: ['due_date', 'ASC'], range: [0, 24] })}`,
    firstPage: `/api/invoices?${q({ sort: ['due_date', 'ASC'], range: [0, 24] })}`,
  };
  const http: Record<string, HttpMeasure[]> = {};
  const floor: Record<string, HttpMeasure[]> = {};
  const listSql: Record<string, Awaited<ReturnType<typeof captureListSql>>> = {};
  for (const [name, target] of Object.entries(lists)) {
    say(`Measuring ${name} list...`);
    const sql = await captureListSql(
      db,
      () => fetch(`${app.base}${target}`, { headers }).then((r) => r.text()),
      'invoices',
    );
    listSql[name] = sql;
    const bare = await startFloorServer(url, sql);
    http[name] = [];
    floor[name] = [];
    for (const connections of CONNECTIONS) {
      http[name].push(await measureHttp(`${app.base}${target}`, connections, seconds, headers));
      floor[name].push(await measureHttp(bare.url, connections, seconds));
    }
    await bare.close();
  }
  await app.close();

  say('Measuring aging and exposure...');
  const asOf = size.asOf;
  const agingMs = await medianMs(db, 'SELECT * FROM aging_report(?::date)', [asOf]);
  const exposureMs = await medianMs(db, 'SELECT * FROM buyer_exposure_report(?::date)', [asOf]);

  say('Measuring the jobs...');
  const jobEnv = {
    BENCH_DATABASE_URL: url,
    LOG_LEVEL: 'silent',
    REPORTS_DIR: path.join(os.tmpdir(), 'creditdesk-bench-reports'),
  };
  const weekly = await measureChild(
    'bench/steps/run-job-measured.ts',
    ['weekly-report', asOf, '1'],
    jobEnv,
  );
  const alerts = await measureChild(
    'bench/steps/run-job-measured.ts',
    ['aging-alerts', asOf],
    jobEnv,
  );
  const deadlines = await measureChild(
    'bench/steps/run-job-measured.ts',
    ['claim-deadlines', asOf],
    jobEnv,
  );
  // The first run above catches up a book that has no reminders, reviews or alerts yet;
  // every night after it does one day's work over the same million invoices.
  const nextNight = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  const alertsNext = await measureChild(
    'bench/steps/run-job-measured.ts',
    ['aging-alerts', nextNight],
    jobEnv,
  );
  const deadlinesNext = await measureChild(
    'bench/steps/run-job-measured.ts',
    ['claim-deadlines', nextNight],
    jobEnv,
  );

  say('Collecting plans...');
  // The list plans are those of the SQL the API sent during the HTTP measures (knex writes
  // ? where node-postgres has $1, $2...).
  const explainSent = ({ sql, bindings }: { sql: string; bindings: unknown[] }) =>
    explain(db, sql.replace(/\$\d+/g, '?'), bindings);
  const plans = {
    filtered: await explainSent(listSql.filtered),
    firstPage: await explainSent(listSql.firstPage),
    aging: await explain(db, 'SELECT * FROM aging_report(?::date)', [asOf]),
  };

  // The import goes last: its 100,000 invoices of 2025, all overdue, would change every
  // figure above. It goes into exporter 1, whose book is the largest, and the step deletes
  // what it added, so a --reuse run measures the generated data again.
  say(`Measuring the import of ${importRows} invoices...`);
  const invoiceImport = await measureImport(importRows, 1, jobEnv);

  const server = (await db.raw('SHOW server_version')).rows[0].server_version;
  await db.destroy();

  const file = writeBenchmarks(values.out as string, {
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: server,
    },
    invoicesRequested: invoices,
    counts,
    generation,
    seconds,
    http,
    floor,
    agingMs,
    exposureMs,
    weekly,
    alerts,
    deadlines,
    alertsNext,
    deadlinesNext,
    invoiceImport,
    plans,
  });
  say(`Wrote ${file}`);
  fs.rmSync(jobEnv.REPORTS_DIR, { recursive: true, force: true });
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
