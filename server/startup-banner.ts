import { DEMO_USERS } from '../db/seeds/demo-users';
import type { Config } from './config';
import { Creditdesk, describeDemoData } from './boot';

/** How to get in: the configured admin, and the demo logins on a demo database. */
function loginLines(app: Pick<Creditdesk, 'demoData'>, config: Config): string[] {
  const lines: string[] = [];
  if (config.adminEmail)
    lines.push(`Log in as ${config.adminEmail} with the password in ADMIN_PASSWORD.`);
  const demo = app.demoData.loaded || app.demoData.reason === 'already-loaded';
  if (demo) {
    lines.push('Demo logins (email / password):');
    for (const user of DEMO_USERS) lines.push(`  ${user.email} / ${user.password} (${user.role})`);
  }
  if (!config.adminEmail && !demo) {
    lines.push(
      'On a database with no users the first admin is created with a generated password, ' +
        'printed once in the log above; ADMIN_EMAIL and ADMIN_PASSWORD choose them instead.',
    );
  }
  return lines;
}

/** The lines `npm start` prints once the back office answers: where it is, how to get in. */
export function startupBanner(app: Pick<Creditdesk, 'url' | 'demoData'>, config: Config): string {
  return [
    `Creditdesk is running at ${app.url}`,
    `  API: ${app.url}api (GET ${app.url}api/health, ${app.url}api/openapi.json)`,
    `  ${describeDemoData(app.demoData)}.`,
    ...loginLines(app, config).map((line) => `  ${line}`),
    '',
  ].join('\n');
}
