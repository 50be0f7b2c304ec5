import type { Db } from '../db/connection';
import type { Logger } from '../server/logger';
import type { Mailer } from './mailer';

/** What every job receives: the database, the day it works for, and its side-effect ports. */
export interface JobDeps {
  db: Db;
  asOf: string;
  exporterId?: number;
  logger: Logger;
  mailer?: Mailer;
  reportsDir?: string;
}

/** What a job answers: counts a person can check, and one plain sentence. */
export interface JobResult {
  counts: Record<string, number>;
  summary: string;
  /** Parts that failed while the rest went on (e.g. one exporter's report). */
  errors?: string[];
}

export type Job = (deps: JobDeps) => Promise<JobResult>;
