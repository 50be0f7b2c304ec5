import type { Knex } from 'knex';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';

/** One audit row per record a command created, in the command's transaction. */
export async function auditCreated(
  trx: Knex.Transaction,
  context: RequestContext,
  resource: string,
  rows: { id: unknown }[],
): Promise<void> {
  for (const after of rows) {
    await writeAudit(trx, context, { resource, recordId: after.id, action: 'create', after });
  }
}
