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

export interface AuditEntry {
  resource: string;
  recordId: unknown;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row inside the caller's transaction, so it commits with the change. */
export async function writeAudit(
  trx: Knex.Transaction,
  context: RequestContext,
  entry: AuditEntry,
): Promise<void> {
  await writeAudits(trx, context, [entry]);
}

// Rows per INSERT: well under PostgreSQL's 65,535 bind parameters at seven per row.
const AUDIT_BATCH = 1000;

/**
 * Writes many audit rows in a few statements, for commands that create thousands of
 * records at once (the nightly reminders and reviews).
 */
export async function writeAudits(
  trx: Knex.Transaction,
  context: RequestContext,
  entries: AuditEntry[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += AUDIT_BATCH) {
    await trx('audit_log').insert(
      entries.slice(start, start + AUDIT_BATCH).map((entry) => ({
        user_id: context.user?.id ?? null,
        resource: entry.resource,
        record_id: String(entry.recordId),
        action: entry.action,
        before: entry.before === undefined ? null : withoutBinary(entry.before),
        after: entry.after === undefined ? null : withoutBinary(entry.after),
        request_id: context.requestId ?? null,
      })),
    );
  }
}
