import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parseJobArgs } from '../../jobs/parse-job-args';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

const run = promisify(execFile);
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('npm run job', () => {
  it('runs a job by hand for a date, prints its summary and records the run', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'jobs/run-job.ts', 'claim-deadlines', '--as-of', '2025-05-25'],
      { env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent' } },
    );
    expect(stdout).toContain('Running claim-deadlines for 2025-05-25...');
    expect(stdout).toContain(
      'claim-deadlines for 2025-05-25: 0 new alert(s), 0 for missed deadlines',
    );
    const runs = await t.db('job_runs').select('job', 'as_of', 'trigger', 'status');
    expect(runs).toEqual([
      { job: 'claim-deadlines', as_of: '2025-05-25', trigger: 'manual', status: 'succeeded' },
    ]);
  });

  it('refuses an unknown job, a bad date and a bad exporter id with the reason', () => {
    const jobs = ['weekly-report', 'aging-alerts', 'claim-deadlines'];
    expect(() => parseJobArgs(['nightly'], jobs)).toThrow(
      'name a job: weekly-report, aging-alerts, claim-deadlines',
    );
    expect(() => parseJobArgs(['weekly-report', '--as-of', '30/11/2026'], jobs)).toThrow(
      '--as-of takes a date as YYYY-MM-DD',
    );
    expect(() => parseJobArgs(['weekly-report', '--as-of', '2026-02-30'], jobs)).toThrow(
      '--as-of takes a date as YYYY-MM-DD',
    );
    expect(() => parseJobArgs(['weekly-report', '--exporter', 'x'], jobs)).toThrow(
      '--exporter takes an exporter id',
    );
    expect(
      parseJobArgs(['weekly-report', '--as-of', '2026-11-30', '--exporter', '4'], jobs),
    ).toEqual({
      name: 'weekly-report',
      asOf: '2026-11-30',
      exporterId: 4,
    });
  });
});
