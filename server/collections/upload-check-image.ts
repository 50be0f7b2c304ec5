import type { Request, Response } from 'express';
import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { requestContext } from '../rest/resources-router';
import { receiveUpload } from './receive-upload';
import { storeDocument } from './store-document';

/** POST /api/payments/:id/check-image: the image of a check, kept with the payment. */
export async function uploadCheckImage(db: Knex, paymentId: number, req: Request, res: Response) {
  const payment = await db('payments')
    .where({ id: paymentId })
    .first('id', 'method', 'exporter_id');
  if (!payment) throw notFound(`No payments record with id ${paymentId}`);
  if (payment.method !== 'check') {
    throw badRequest('Only a check has a check image', {
      file: `payment ${paymentId} is not a check`,
    });
  }
  const upload = await receiveUpload(req, res);
  return db.transaction((trx) =>
    storeDocument(
      trx,
      upload,
      { kind: 'check_image', exporter_id: payment.exporter_id, payment_id: paymentId },
      requestContext(req),
    ),
  );
}
