import { connect, migrateLatest, assertReachable } from './connection';

/** `npm run migrate`: brings DATABASE_URL's schema up to date. */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const db = connect(url);
  try {
    await assertReachable(db, url);
    const applied = await migrateLatest(db);
    process.stdout.write(`Applied ${applied.length} migration(s)\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
