import { buildAdminIfStale } from './admin-build';

// `tsx server/admin-build-cli.ts`: build the admin UI only when admin/dist is missing or stale
// (the test run's global setup uses it so browser tests never build twice).
buildAdminIfStale().catch((error: Error) => {
  process.stderr.write(`The admin UI could not be built: ${error.message}\n`);
  process.exit(1);
});
