/** Every setting Creditdesk reads from the environment, read once, with its default. */
export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  /** Load the demo data into a new database on start (DEMO_DATA=off: never). */
  demoData: boolean;
  adminEmail?: string;
  adminPassword?: string;
  sessionSecret?: string;
  /** Express's `trust proxy` (e.g. 1 behind one TLS-terminating proxy): client address, https. */
  trustProxy?: string;
  smtpUrl?: string;
  mailFrom: string;
  reportsDir: string;
  /** Whether `npm start` runs the job scheduler (JOBS=off leaves it to `npm run jobs`). */
  jobs: boolean;
  /** node-cron expressions of the scheduled jobs. */
  schedule: Record<string, string>;
  production: boolean;
  logLevel: string;
  /** Browser origins allowed to call the API from another site (CORS); none by default. */
  corsOrigins: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.CREDITDESK_DATA_DIR ?? '.data',
    demoData: !['off', 'false', '0', 'no'].includes((env.DEMO_DATA ?? '').trim().toLowerCase()),
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    sessionSecret: env.SESSION_SECRET || undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Creditdesk <reports@creditdesk.local>',
    reportsDir: env.REPORTS_DIR ?? 'reports',
    jobs: !/^(off|false|0|no)$/i.test(env.JOBS ?? ''),
    schedule: {
      'aging-alerts': env.SCHEDULE_AGING_ALERTS ?? '0 2 * * *',
      'claim-deadlines': env.SCHEDULE_CLAIM_DEADLINES ?? '30 2 * * *',
      'weekly-report': env.SCHEDULE_WEEKLY_REPORT ?? '0 6 * * 1',
    },
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
