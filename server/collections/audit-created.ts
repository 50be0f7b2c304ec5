import type { Knex } from 'knex';
import { writeAudits } from '../rest/audit';
import type { RequestContext } from '../rest/types';

/** One audit row per record a command created, in the command's transaction. */
export async function auditCreated(
  trx: Knex.Transaction,
  context: RequestContext,
  resource: string,
  rows: { id: unknown }[],
): Promise<void> {
  await writeAudits(
    trx,
    context,
    rows.map((after) => ({ resource, recordId: after.id, action: 'create' as const, after })),
  );
}
