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
  smtpUrl?: string;
  reportsDir: string;
  production: boolean;
  logLevel: string;
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
    smtpUrl: env.SMTP_URL || undefined,
    reportsDir: env.REPORTS_DIR ?? 'reports',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
