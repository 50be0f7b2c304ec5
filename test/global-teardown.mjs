import pg from 'pg';

// Drops the template and any test database a crashed file left behind, then stops the
// embedded server if this run started one.
export default async function globalTeardown() {
  const serverUrl = process.env.CREDITDESK_TEST_SERVER_URL;
  const template = process.env.CREDITDESK_TEST_TEMPLATE;
  if (serverUrl && template) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    const { rows } = await admin.query(
      'SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2',
      [template, `${template}_f%`],
    );
    for (const { datname } of rows) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    await admin.end();
  }
  await globalThis.__creditdeskCluster?.stop();
}
