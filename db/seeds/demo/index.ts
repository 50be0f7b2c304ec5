import { databaseToday } from '../../database-today';
import { loadDemoUsers } from '../demo-users';
import type { Knex } from 'knex';
import { writeAudit } from '../../../server/rest/audit';
import { seedBuyers } from './buyers';
import { seedClaim } from './claims';
import { seedCollections } from './collections';
import { DemoContext } from './context';
import { seedDeductions } from './deductions';
import { seedDeposits } from './deposits';
import { seedExporters } from './exporters';
import { seedInvoices } from './invoices';
import { seedLimits } from './limits';
import { seedPayments } from './payments';
import { seedPolicy } from './policy';

/** The settings row that says the demo data was loaded into this database. */
export const DEMO_DATA_MARKER = 'demo_data_loaded';

export type DemoDataOutcome =
  | { loaded: true; asOf: string; counts: Record<string, number> }
  | { loaded: false; reason: 'already-loaded' | 'database-has-data' };

const COUNTED = [
  'exporters',
  'buyers',
  'purchase_orders',
  'limit_requests',
  'limit_decisions',
  'invoices',
  'payments',
  'allocations',
  'deductions',
  'deposits',
  'claims',
] as const;

/**
 * Loads the demo data in one transaction, dated from `today` (the database's current date
 * unless given), at most once per database: the marker row commits with the data, so a
 * second start, even a concurrent one, finds it and adds nothing. A database that already holds
 * exporters is somebody's real data and is left alone.
 */
export async function loadDemoData(
  db: Knex,
  options: { today?: string } = {},
): Promise<DemoDataOutcome> {
  return db.transaction(async (trx) => {
    const today: string = options.today ?? (await databaseToday(trx));
    // Two servers starting on one database at once queue here; the second finds the marker.
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext('creditdesk demo data'))");
    if (await trx('settings').where({ key: DEMO_DATA_MARKER }).first('key')) {
      return { loaded: false, reason: 'already-loaded' } as const;
    }
    if (await trx('exporters').first('id')) {
      return { loaded: false, reason: 'database-has-data' } as const;
    }

    const ctx: DemoContext = {
      trx,
      today,
      policyId: 0,
      exporters: new Map(),
      buyers: new Map(),
      invoices: new Map(),
      payments: new Map(),
    };
    await seedExporters(ctx);
    await seedBuyers(ctx);
    await seedPolicy(ctx);
    await seedLimits(ctx);
    await seedInvoices(ctx);
    await seedPayments(ctx);
    await seedDeductions(ctx);
    await seedDeposits(ctx);
    await seedClaim(ctx);
    await seedCollections(ctx);
    // One login per role, with the passwords the README gives.
    await loadDemoUsers(trx);

    const counts: Record<string, number> = {};
    for (const table of COUNTED) {
      const [{ count }] = await trx(table).count({ count: '*' });
      counts[table] = Number(count);
    }
    const marker = { key: DEMO_DATA_MARKER, value: { as_of: today, counts } };
    await trx('settings').insert({ ...marker, value: JSON.stringify(marker.value) });
    // The audit log says when the demo data arrived, like any other write.
    await writeAudit(
      trx,
      { requestId: 'demo-data' },
      {
        resource: 'settings',
        recordId: DEMO_DATA_MARKER,
        action: 'create',
        after: marker,
      },
    );
    return { loaded: true, asOf: today, counts } as const;
  });
}
