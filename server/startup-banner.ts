import type { Config } from './config';
import { Creditdesk, describeDemoData } from './boot';

/** The lines `npm start` prints once the back office answers: where it is, how to get in. */
export function startupBanner(app: Pick<Creditdesk, 'url' | 'demoData'>, config: Config): string {
  const login = config.adminEmail
    ? `Log in as ${config.adminEmail} with the password in ADMIN_PASSWORD.`
    : 'To log in, set ADMIN_EMAIL and ADMIN_PASSWORD: on a database with no users they ' +
      'create the first admin.';
  return [
    `Creditdesk is running at ${app.url}`,
    `  API: ${app.url}api (GET ${app.url}api/health, ${app.url}api/openapi.json)`,
    `  ${describeDemoData(app.demoData)}.`,
    `  ${login}`,
    '',
  ].join('\n');
}
