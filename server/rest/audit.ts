import type { Knex } from 'knex';
import type { RequestContext } from './types';

// Binary columns (documents, reports) are recorded by size, not content.
const withoutBinary = (row: unknown) =>
  JSON.stringify(row, (_key, value) =>
    value && value.type === 'Buffer' && Array.isArray(value.data)
      ? { binary_bytes: value.data.length }
      : value,
  );

export type AuditAction = 'create' | 'update' | 'delete';

/** Writes one audit row inside the caller's transaction, so it commits with the change. */
export async function writeAudit(
  trx: Knex.Transaction,
  context: RequestContext,
  entry: {
    resource: string;
    recordId: unknown;
    action: AuditAction;
    before?: unknown;
    after?: unknown;
  },
): Promise<void> {
  await trx('audit_log').insert({
    user_id: context.user?.id ?? null,
    resource: entry.resource,
    record_id: String(entry.recordId),
    action: entry.action,
    before: entry.before === undefined ? null : withoutBinary(entry.before),
    after: entry.after === undefined ? null : withoutBinary(entry.after),
    request_id: context.requestId ?? null,
  });
}
