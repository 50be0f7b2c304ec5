import cron from 'node-cron';
import { startScheduler } from '../../jobs/scheduler';
import type { Job } from '../../jobs/types';
import { logger } from '../../server/logger';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('the scheduler', () => {
  it('runs a scheduled job once when two app instances fire at the same moment', async () => {
    let calls = 0;
    const job: Job = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { counts: { things: 1 }, summary: 'did one thing' };
    };
    const deps = {
      db: t.db,
      logger,
      jobs: { 'aging-alerts': job },
      schedule: { 'aging-alerts': '0 2 * * *' },
    };
    const first = startScheduler(deps);
    const second = startScheduler(deps);
    const outcomes = await Promise.all([first.fire('aging-alerts'), second.fire('aging-alerts')]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['skipped', 'succeeded']);
    expect(calls).toBe(1);
    const runs = await t.db('job_runs').where({ job: 'aging-alerts' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      trigger: 'schedule',
      status: 'succeeded',
      counts: { things: 1 },
    });
    expect(runs[0].finished_at).not.toBeNull();
    await first.stop();
    await second.stop();
  });

  it('registers each job at its configured time and refuses a bad expression', async () => {
    const noop: Job = async () => ({ counts: {}, summary: '' });
    const scheduler = startScheduler({
      db: t.db,
      logger,
      jobs: { 'weekly-report': noop },
      schedule: { 'weekly-report': '15 7 * * 1' },
    });
    expect([...cron.getTasks().values()].map((task) => task.name)).toContain(
      'creditdesk:weekly-report',
    );
    await scheduler.stop();
    expect(() =>
      startScheduler({
        db: t.db,
        logger,
        jobs: { 'weekly-report': noop },
        schedule: { 'weekly-report': 'every monday' },
      }),
    ).toThrow('The schedule of weekly-report is not a cron expression: every monday');
  });

  it('records a failed run with its error, and a later tick may run the day again', async () => {
    let attempt = 0;
    const flaky: Job = async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('mail server down');
      return { counts: { sent: 1 }, summary: 'sent' };
    };
    const scheduler = startScheduler({
      db: t.db,
      logger,
      jobs: { flaky },
      schedule: { flaky: '0 3 * * *' },
    });
    expect((await scheduler.fire('flaky')).status).toBe('failed');
    expect((await scheduler.fire('flaky')).status).toBe('succeeded');
    const runs = await t.db('job_runs').where({ job: 'flaky' }).orderBy('id');
    expect(runs.map((r) => [r.status, r.error])).toEqual([
      ['failed', 'mail server down'],
      ['succeeded', null],
    ]);
    await scheduler.stop();
  });
});
