import { connect } from '../../db/connection';
import { recordRun } from '../../jobs/record-run';
import { jobRegistry } from '../../jobs/registry';
import { logger } from '../../server/logger';
import { reportMeasure } from '../measure-child';

/** One job over the bench database, measured: `<job> <as-of> [exporter-id]`. */
async function main(): Promise<void> {
  const [name, asOf, exporter] = process.argv.slice(2);
  const db = connect(process.env.BENCH_DATABASE_URL as string);
  const started = process.hrtime.bigint();
  const outcome = await recordRun(name, jobRegistry()[name], {
    db,
    asOf,
    exporterId: exporter ? Number(exporter) : undefined,
    logger,
    reportsDir: process.env.REPORTS_DIR,
  });
  await db.destroy();
  if (outcome.status !== 'succeeded')
    throw new Error(`${name} ${outcome.status}: ${outcome.error}`);
  reportMeasure(started, { counts: outcome.counts });
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exit(1);
});
