import { resources } from '../../server/resources';
import { createTestDatabase, TestDatabase } from '../helpers/test-db';

// Tables that are not resources of this layer, and why.
const NOT_RESOURCES = new Set([
  // The session store's (connect-pg-simple) rows: opaque cookies' data, read and written only by
  // express-session; serving them would hand out other people's sessions.
  'user_sessions',
  'settings', // key/value configuration, not a record with an id
  'knex_migrations', // the migration tool's own bookkeeping
  'knex_migrations_lock',
]);

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('the resources', () => {
  it('serve every table of the schema', async () => {
    const { rows } = await t.db.raw(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const served = new Set(
      resources.flatMap((r) => [
        ...[r.table, r.source].filter((s) => typeof s === 'string'),
        ...(r.declaration.presents ?? []),
      ]),
    );
    const missing = rows
      .map((row: { table_name: string }) => row.table_name)
      .filter((table: string) => !NOT_RESOURCES.has(table) && !served.has(table));
    expect(missing).toEqual([]);
  });

  it('give every resource an id column, as react-admin needs', async () => {
    expect(resources.filter((r) => !r.columns.id).map((r) => r.name)).toEqual([]);
  });

  it('keep the pairs of a join table unique now that it has an id', async () => {
    const { rows } = await t.db.raw(
      `SELECT conrelid::regclass::text AS table_name, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint WHERE contype = 'u' AND conrelid::regclass::text = ANY(?)
        ORDER BY 1, 2`,
      [
        [
          'limit_request_orders',
          'reminder_invoices',
          'contact_invoices',
          'claim_invoices',
          'agency_referral_invoices',
        ],
      ],
    );
    expect(rows).toEqual([
      {
        table_name: 'agency_referral_invoices',
        definition: 'UNIQUE (agency_referral_id, invoice_id)',
      },
      { table_name: 'claim_invoices', definition: 'UNIQUE (claim_id, invoice_id)' },
      { table_name: 'contact_invoices', definition: 'UNIQUE (contact_id, invoice_id)' },
      {
        table_name: 'limit_request_orders',
        definition: 'UNIQUE (limit_request_id, purchase_order_id)',
      },
      { table_name: 'reminder_invoices', definition: 'UNIQUE (invoice_id, dunning_level_id)' },
      { table_name: 'reminder_invoices', definition: 'UNIQUE (reminder_id, invoice_id)' },
    ]);
  });
});
