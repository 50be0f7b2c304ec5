import type { Knex } from 'knex';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * The file's valid rows, streamed with COPY into a temporary table that lives only as long
 * as the import's transaction; writes then happen in set-based SQL over it, so no row is
 * held in JavaScript longer than it takes to send it.
 */
export interface StagingTable {
  write: (row: number, values: (string | null)[]) => Promise<void>;
  finish: () => Promise<void>;
  /** Ends the COPY with CopyFail, so the connection can roll the transaction back. */
  abort: () => Promise<void>;
}

// COPY's text format: backslash, tab, newline and carriage return escaped; \N is null.
const escape = (value: string | null) =>
  value === null
    ? '\\N'
    : value
        .replace(/\\/g, '\\\\')
        .replace(/\t/g, '\\t')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r');

export async function createStagingTable(
  trx: Knex.Transaction,
  fields: string[],
): Promise<StagingTable> {
  const columns = fields.map((field) => `${field} text`).join(', ');
  await trx.raw(
    `CREATE TEMP TABLE import_rows (row_no integer NOT NULL, ${columns}) ON COMMIT DROP`,
  );
  // The transaction's own connection: COPY must run inside the same transaction.
  const connection = (await trx.client.acquireConnection()) as pg.Client;
  const copy: Writable = connection.query(
    copyFrom(`COPY import_rows (row_no, ${fields.join(', ')}) FROM STDIN`),
  );
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', (error) => {
      failure = error;
      reject(error);
    });
  });
  done.catch(() => undefined);
  return {
    async write(row, values) {
      if (failure) throw failure;
      const line = `${row}\t${values.map(escape).join('\t')}\n`;
      if (!copy.write(line)) await Promise.race([once(copy, 'drain'), done]);
    },
    async finish() {
      copy.end();
      await done;
      await trx.raw('ANALYZE import_rows');
    },
    async abort() {
      if (copy.writableFinished || failure) return;
      copy.destroy(new Error('the import was abandoned'));
      await done.catch(() => undefined);
    },
  };
}
