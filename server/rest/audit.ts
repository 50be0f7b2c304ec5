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

// Rows per INSERT. The batch travels as one JSON document (one binding, parsed once by
// the server) and stays at some megabytes.
const AUDIT_BATCH = 5000;

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
    const batch = entries.slice(start, start + AUDIT_BATCH).map((entry) => ({
      resource: entry.resource,
      record_id: String(entry.recordId),
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
    }));
    await trx.raw(
      `INSERT INTO audit_log (user_id, resource, record_id, action, before, after, request_id)
       SELECT ?::integer, e.resource, e.record_id, e.action, e.before, e.after, ?::text
         FROM jsonb_to_recordset(?::jsonb)
              AS e (resource text, record_id text, action text, before jsonb, after jsonb)`,
      [context.user?.id ?? null, context.requestId ?? null, withoutBinary(batch)],
    );
  }
}
