import type { Response } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../http/http-error';

/**
 * Answers a stored file with its own content type, shown inline, never sniffed: the latest of
 * `documents`, the documents resource's read query (scoped to the caller) narrowed by the route.
 */
export async function sendDocument(documents: Knex.QueryBuilder, res: Response): Promise<void> {
  const document = await documents
    .orderBy('documents.id', 'desc')
    .first('documents.filename', 'documents.content_type', 'documents.sha256', 'documents.content');
  if (!document) throw notFound('No such document');
  res.set({
    'Content-Type': document.content_type,
    'Content-Disposition': `inline; filename="${document.filename.replace(/"/g, '')}"`,
    'X-Content-Type-Options': 'nosniff',
    ETag: `"${document.sha256}"`,
  });
  res.send(document.content);
}
