/** Every setting Creditdesk reads from the environment, read once, with its default. */
export interface Config {
  port: number;
  databaseUrl?: string;
  dataDir: string;
  adminEmail?: string;
  adminPassword?: string;
  sessionSecret?: string;
  /** Express's `trust proxy` (e.g. 1 behind one TLS-terminating proxy): client address, https. */
  trustProxy?: string;
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
    adminEmail: env.ADMIN_EMAIL || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    sessionSecret: env.SESSION_SECRET || undefined,
    trustProxy: env.TRUST_PROXY || undefined,
    smtpUrl: env.SMTP_URL || undefined,
    reportsDir: env.REPORTS_DIR ?? 'reports',
    production: env.NODE_ENV === 'production',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
