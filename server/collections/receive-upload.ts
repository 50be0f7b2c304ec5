import type { Request, Response } from 'express';
import multer from 'multer';
import { badRequest } from '../http/http-error';
import { detectFileType } from './detect-file-type';
import { findCardNumber } from './find-card-number';

/** Check images and signed authorisations: a phone photo or a scan fits well within this. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10000 },
}).single('file');

export interface Upload {
  filename: string;
  contentType: string;
  content: Buffer;
  fields: Record<string, string>;
}

/**
 * Reads one multipart upload (the file in the field "file") into memory and checks it is a
 * JPEG, PNG or PDF by its bytes, within the size limit. Refusals are 400s naming the field.
 */
export async function receiveUpload(req: Request, res: Response): Promise<Upload> {
  await new Promise<void>((resolve, reject) =>
    upload(req, res, (error: unknown) => {
      if (!error) return resolve();
      if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') {
        return reject(
          badRequest(`The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, {
            file: `must be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
          }),
        );
      }
      const reason = error instanceof Error ? error.message : String(error);
      reject(badRequest(`The upload could not be read: ${reason}`, { file: reason }));
    }),
  );
  const fields = (req.body ?? {}) as Record<string, string>;
  for (const [name, value] of Object.entries(fields)) {
    if (findCardNumber(String(value))) {
      throw badRequest('A full card number may not be sent; keep only the last four digits', {
        [name]: 'looks like a full card number',
      });
    }
  }
  const file = req.file;
  if (!file || file.size === 0) {
    throw badRequest('Attach the file in the field "file"', { file: 'is required' });
  }
  const contentType = detectFileType(file.buffer);
  if (!contentType) {
    throw badRequest('The file is not a JPEG, PNG or PDF', { file: 'must be a JPEG, PNG or PDF' });
  }
  const filename = file.originalname.replace(/[^\w.\- ]+/g, '_').slice(0, 200) || 'upload';
  return { filename, contentType, content: file.buffer, fields };
}
