import { databaseToday } from '../db/database-today';
import cron from 'node-cron';
import type { Db } from '../db/connection';
import type { Logger } from '../server/logger';
import type { Mailer } from './mailer';
import { recordRun, RunOutcome } from './record-run';
import type { Job } from './types';

export interface SchedulerDeps {
  db: Db;
  logger: Logger;
  jobs: Record<string, Job>;
  /** Job name → node-cron expression; jobs without one are not scheduled. */
  schedule: Record<string, string>;
  mailer?: Mailer;
  reportsDir?: string;
  timezone?: string;
}

export interface Scheduler {
  /** What a cron tick does: run the job for today, once across every instance. */
  fire(name: string): Promise<RunOutcome>;
  stop(): Promise<void>;
}

/** Wires the jobs to their times; the work and the run-once guarantee live in recordRun. */
export function startScheduler(deps: SchedulerDeps): Scheduler {
  const { db, logger, jobs } = deps;
  const fire = async (name: string) => {
    const asOf: string = await databaseToday(db);
    return recordRun(
      name,
      jobs[name],
      { db, asOf, logger, mailer: deps.mailer, reportsDir: deps.reportsDir },
      'schedule',
    );
  };
  const tasks = Object.entries(deps.schedule)
    .filter(([name]) => jobs[name])
    .map(([name, expression]) => {
      if (!cron.validate(expression))
        throw new Error(`The schedule of ${name} is not a cron expression: ${expression}`);
      return cron.schedule(
        expression,
        () =>
          void fire(name).catch((err) => logger.error({ err, job: name }, 'scheduled job failed')),
        {
          name: `creditdesk:${name}`,
          timezone: deps.timezone,
        },
      );
    });
  logger.info(
    { event: 'scheduler.started', jobs: Object.keys(deps.schedule).filter((n) => jobs[n]) },
    'job scheduler started',
  );
  return {
    fire,
    stop: async () => {
      for (const task of tasks) await task.destroy();
    },
  };
}
