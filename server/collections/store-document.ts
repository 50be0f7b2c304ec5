import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import type { Upload } from './receive-upload';

type Kind = 'check_image' | 'authorisation';

/** Stores an uploaded file in documents with its sha256, inside the caller's transaction. */
export async function storeDocument(
  trx: Knex.Transaction,
  upload: Upload,
  links: { kind: Kind; exporter_id: number; payment_id?: number },
  context: RequestContext,
): Promise<Record<string, unknown>> {
  const [created] = await trx('documents')
    .insert({
      ...links,
      filename: upload.filename,
      content_type: upload.contentType,
      size_bytes: upload.content.length,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      content: upload.content,
      created_by: context.user?.id ?? null,
    })
    .returning([
      'id',
      'kind',
      'payment_id',
      'invoice_id',
      'exporter_id',
      'filename',
      'content_type',
      'size_bytes',
      'sha256',
      'created_at',
      'created_by',
    ]);
  await writeAudit(trx, context, {
    resource: 'documents',
    recordId: created.id,
    action: 'create',
    after: created,
  });
  return created;
}
