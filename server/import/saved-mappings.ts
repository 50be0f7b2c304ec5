import type { Knex } from 'knex';
import type { Db } from '../../db/connection';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import type { ImportKind } from './import-kinds';
import type { ImportMapping } from './import-mapping';

/** The mapping an exporter saved for this kind of file, if any. */
export async function loadMapping(
  db: Db,
  exporterId: number,
  kind: ImportKind,
): Promise<ImportMapping | undefined> {
  const saved = await db('import_mappings')
    .where({ exporter_id: exporterId, kind })
    .first('mapping');
  return saved?.mapping;
}

/** Saves (or replaces) the exporter's mapping for this kind, audited in the same transaction. */
export async function saveMapping(
  trx: Knex.Transaction,
  context: RequestContext,
  exporterId: number,
  kind: ImportKind,
  mapping: ImportMapping,
): Promise<void> {
  const before = await trx('import_mappings').where({ exporter_id: exporterId, kind }).first();
  const [after] = await trx('import_mappings')
    .insert({ exporter_id: exporterId, kind, mapping: JSON.stringify(mapping) })
    .onConflict(['exporter_id', 'kind'])
    .merge({ mapping: JSON.stringify(mapping) })
    .returning('*');
  await writeAudit(trx, context, {
    resource: 'import_mappings',
    recordId: after.id,
    action: before ? 'update' : 'create',
    before,
    after,
  });
}
