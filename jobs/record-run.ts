import type { Job, JobDeps, JobResult } from './types';

export type Trigger = 'manual' | 'schedule';

export interface RunOutcome extends Partial<JobResult> {
  runId?: number;
  status: 'succeeded' | 'failed' | 'skipped';
  error?: string;
}

/**
 * Runs a job and records it in job_runs (started, finished, status, counts, error). A
 * scheduled run takes a transaction-scoped advisory lock on the job's name and claims the
 * day in job_runs; a second instance that fires at the same minute, or later the same day,
 * finds the claim and skips.
 */
export async function recordRun(
  name: string,
  job: Job,
  deps: JobDeps,
  trigger: Trigger = 'manual',
): Promise<RunOutcome> {
  const { db, asOf, exporterId, logger } = deps;
  const runId = await db.transaction(async (trx) => {
    if (trigger === 'schedule') {
      await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`creditdesk-job:${name}`]);
      const claimed = await trx('job_runs')
        .where({ job: name, as_of: asOf, trigger: 'schedule' })
        .whereNot('status', 'failed')
        .modify((q) =>
          exporterId ? q.where('exporter_id', exporterId) : q.whereNull('exporter_id'),
        )
        .first('id');
      if (claimed) return undefined;
    }
    const [row] = await trx('job_runs')
      .insert({ job: name, as_of: asOf, exporter_id: exporterId ?? null, trigger })
      .returning('id');
    return row.id as number;
  });
  if (runId === undefined) {
    logger.info({ event: 'job.skipped', job: name, asOf }, `${name} already ran for ${asOf}`);
    return { status: 'skipped' };
  }
  try {
    const result = await job(deps);
    // A job whose parts partly failed is recorded as failed, with what did get done.
    const status = result.errors?.length ? 'failed' : 'succeeded';
    await db('job_runs')
      .where({ id: runId })
      .update({
        status,
        finished_at: db.fn.now(),
        counts: JSON.stringify(result.counts),
        error: result.errors?.length ? result.errors.join('\n') : null,
      });
    logger.info({ event: `job.${status}`, job: name, asOf, counts: result.counts }, result.summary);
    return { runId, ...result, status, error: result.errors?.join('\n') };
  } catch (error) {
    const message = (error as Error).message;
    await db('job_runs')
      .where({ id: runId })
      .update({ status: 'failed', finished_at: db.fn.now(), error: message });
    logger.error(
      { event: 'job.failed', job: name, asOf, err: error },
      `${name} failed: ${message}`,
    );
    return { runId, status: 'failed', error: message };
  }
}
