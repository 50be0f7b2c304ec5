import { databaseToday } from '../db/database-today';
import { assertReachable, connect } from '../db/connection';
import { localDatabaseUrl } from '../db/local-database-url';
import { readConfig } from '../server/config';
import { logger } from '../server/logger';
import { createMailer } from './mailer';
import { parseJobArgs } from './parse-job-args';
import { recordRun } from './record-run';
import { jobRegistry } from './registry';

/** `npm run job -- <name> [--as-of YYYY-MM-DD] [--exporter <id>]`: one job, by hand. */
async function main(): Promise<void> {
  const config = readConfig();
  const jobs = jobRegistry();
  const args = parseJobArgs(process.argv.slice(2), Object.keys(jobs));
  const url = localDatabaseUrl(config.dataDir);
  if (!url) throw new Error('No database: set DATABASE_URL, or start Creditdesk with npm start');
  const db = connect(url);
  try {
    await assertReachable(db, url);
    if (args.exporterId && !(await db('exporters').where({ id: args.exporterId }).first('id'))) {
      throw new Error(`No exporter with id ${args.exporterId}`);
    }
    const asOf = args.asOf ?? (await databaseToday(db));
    process.stdout.write(`Running ${args.name} for ${asOf}...\n`);
    const outcome = await recordRun(args.name, jobs[args.name], {
      db,
      asOf,
      exporterId: args.exporterId,
      logger,
      mailer: createMailer(config.smtpUrl, config.mailFrom),
      reportsDir: config.reportsDir,
    });
    process.stdout.write(`${outcome.summary ?? outcome.status}\n`);
    process.stdout.write(`${JSON.stringify(outcome.counts ?? {})}\n`);
    if (outcome.status === 'failed') process.exitCode = 1;
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
