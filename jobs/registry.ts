import { agingAlerts } from './aging-alerts';
import { claimDeadlines } from './claim-deadlines';
import type { Job } from './types';
import { weeklyReport } from './weekly-report';

/** Every job by the name it is run and scheduled under. */
export function jobRegistry(env: NodeJS.ProcessEnv = process.env): Record<string, Job> {
  return {
    'weekly-report': weeklyReport,
    'aging-alerts': agingAlerts,
    'claim-deadlines': claimDeadlines(Number(env.CLAIM_DEADLINE_WINDOW_DAYS ?? 14)),
  };
}
