import type { Response } from 'express';
import type { Knex } from 'knex';
import { notFound } from '../http/http-error';

/** Answers a stored file with its own content type, shown inline, never sniffed. */
export async function sendDocument(
  db: Knex,
  where: Record<string, unknown>,
  res: Response,
): Promise<void> {
  const document = await db('documents')
    .where(where)
    .orderBy('id', 'desc')
    .first('id', 'filename', 'content_type', 'sha256', 'content');
  if (!document) throw notFound('No such document');
  res.set({
    'Content-Type': document.content_type,
    'Content-Disposition': `inline; filename="${document.filename.replace(/"/g, '')}"`,
    'X-Content-Type-Options': 'nosniff',
    ETag: `"${document.sha256}"`,
  });
  res.send(document.content);
}
