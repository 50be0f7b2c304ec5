import { unlink } from 'node:fs/promises';
import os from 'node:os';
import { Router, type Request } from 'express';
import multer from 'multer';
import type { Db } from '../../db/connection';
import { HttpError } from '../http/http-error';
import { requestContext } from '../rest/resources-router';
import { FileRejected } from './file-rejected';
import { runImport } from './run-import';
import type { ImportMapping } from './import-mapping';

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const upload = multer({
  dest: os.tmpdir(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 },
});

const isTrue = (value: unknown) =>
  ['true', '1', 'yes', 'on'].includes(String(value ?? '').toLowerCase());

function parseMapping(body: Record<string, unknown>): ImportMapping | undefined {
  const mapping: ImportMapping = {};
  if (body.mapping !== undefined && body.mapping !== '') {
    try {
      Object.assign(mapping, JSON.parse(String(body.mapping)));
    } catch {
      throw new HttpError(400, 'The mapping is not valid JSON', { mapping: 'is not valid JSON' });
    }
  }
  if (body.date_format)
    mapping.date_format = String(body.date_format) as ImportMapping['date_format'];
  return Object.keys(mapping).length > 0 ? mapping : undefined;
}

// multer's own refusals (too large, a second file) as the client's fault.
function uploadErrors(error: unknown): never {
  if (error instanceof multer.MulterError) {
    const tooLarge = error.code === 'LIMIT_FILE_SIZE';
    throw new HttpError(tooLarge ? 413 : 400, tooLarge ? 'The file is too large' : error.message, {
      file: tooLarge ? `must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` : error.message,
    });
  }
  throw error;
}

const receive = (req: Request, res: Parameters<ReturnType<typeof upload.single>>[1]) =>
  new Promise<void>((resolve, reject) =>
    upload.single('file')(req, res, (error: unknown) => (error ? reject(error) : resolve())),
  ).catch(uploadErrors);

/**
 * POST /api/imports: a multipart upload (kind, exporter_id, file, dry_run, mapping,
 * date_format, save_mapping) answered with the import report (docs/import.md).
 */
export function importsRouter(db: Db): Router {
  const router = Router();
  router.post('/imports', async (req, res) => {
    await receive(req, res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!req.file) throw new HttpError(400, 'No file was uploaded', { file: 'is required' });
    try {
      const dryRun = isTrue(body.dry_run);
      const report = await runImport(
        db,
        {
          kind: String(body.kind ?? ''),
          exporterId: Number(body.exporter_id),
          filePath: req.file.path,
          fileName: req.file.originalname,
          dryRun,
          mapping: parseMapping(body),
          saveMapping: isTrue(body.save_mapping),
        },
        requestContext(req),
      );
      if (report.error_count > 0 && !dryRun) {
        res.status(400).json({
          message: report.message,
          errors: { file: `${report.error_count} error(s) in the rows` },
          report,
        });
        return;
      }
      res.status(dryRun ? 200 : 201).json(report);
    } catch (error) {
      if (error instanceof FileRejected) throw new HttpError(400, error.message, error.errors);
      throw error;
    } finally {
      await unlink(req.file.path).catch(() => undefined);
    }
  });
  return router;
}
