import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { requestContext } from '../rest/resources-router';
import { receiveUpload } from './receive-upload';
import { storeDocument } from './store-document';

/** POST /api/agency_referrals/authorisations: the exporter's signed authorisation. */
export async function uploadAuthorisation(db: Knex, req: Request, res: Response) {
  const upload = await receiveUpload(req, res);
  const exporterId = Number(upload.fields.exporter_id);
  const exporter =
    Number.isSafeInteger(exporterId) && exporterId > 0 && exporterId <= 2147483647
      ? await db('exporters').where({ id: exporterId }).first('id')
      : undefined;
  if (!exporter) {
    throw badRequest('Say which exporter signed the authorisation', {
      exporter_id: 'must be an existing exporter',
    });
  }
  return db.transaction((trx) =>
    storeDocument(
      trx,
      upload,
      { kind: 'authorisation', exporter_id: exporterId },
      requestContext(req),
    ),
  );
}
