import express, { Router } from 'express';
import type { Db } from '../../db/connection';
import { BODY_LIMIT, requestContext } from '../rest/resources-router';
import { notFound } from '../http/http-error';
import documents from '../resources/documents';
import reminders from '../resources/reminders';
import { ResourceService } from '../rest/resource-service';
import { commandBody, day, pathId } from './command-body';
import { generateReminders } from './generate-reminders';
import { markReminder } from './mark-reminder';
import { recordContact } from './record-contact';
import { enterReviews } from './enter-reviews';
import { decideReview } from './decide-review';
import { referToAgency } from './refer-to-agency';
import { applyPayment } from './apply-payment';
import { buildDeposit } from './build-deposit';
import { uploadCheckImage } from './upload-check-image';
import { uploadAuthorisation } from './upload-authorisation';
import { sendDocument } from './send-document';

const asOfBody = commandBody<{ as_of: string }>({
  type: 'object',
  additionalProperties: false,
  required: ['as_of'],
  properties: { as_of: day },
});

/** The collections commands: workflows beyond plain CRUD (docs/collections.md). */
export function collectionsRouter(db: Db): Router {
  const router = Router();
  router.use(express.json({ limit: BODY_LIMIT }));
  // Reads go through the resources' scoped queries: an exporter user gets its own rows only.
  const reminderRows = new ResourceService(db, reminders);
  const documentRows = new ResourceService(db, documents);

  router.post('/reminders/generate', async (req, res) => {
    const { as_of: asOf } = asOfBody(req.body);
    res.status(201).json(await generateReminders(db, asOf, requestContext(req)));
  });
  router.post('/reminders/:id/mark-sent', async (req, res) => {
    res.json(await markReminder(db, pathId(req.params.id), 'sent', requestContext(req)));
  });
  router.post('/reminders/:id/skip', async (req, res) => {
    res.json(await markReminder(db, pathId(req.params.id), 'skipped', requestContext(req)));
  });
  router.get('/reminders/:id/letter', async (req, res) => {
    const reminder = await reminderRows
      .readQuery(requestContext(req))
      .where('reminders.id', pathId(req.params.id))
      .first('reminders.subject', 'reminders.body');
    if (!reminder) throw notFound(`No reminders record with id ${req.params.id}`);
    res.type('text/plain; charset=utf-8').send(`${reminder.subject}\n\n${reminder.body}\n`);
  });

  router.post('/contacts/record', async (req, res) => {
    res.status(201).json(await recordContact(db, req.body, requestContext(req)));
  });

  router.post('/reviews/enter', async (req, res) => {
    const { as_of: asOf } = asOfBody(req.body);
    res.status(201).json(await enterReviews(db, asOf, requestContext(req)));
  });
  router.post('/reviews/:id/decide', async (req, res) => {
    res.json(await decideReview(db, pathId(req.params.id), req.body, requestContext(req)));
  });

  router.post('/agency_referrals/authorisations', async (req, res) => {
    res.status(201).json(await uploadAuthorisation(db, req, res));
  });
  router.post('/agency_referrals/refer', async (req, res) => {
    res.status(201).json(await referToAgency(db, req.body, requestContext(req)));
  });

  router.post('/payments/:id/apply', async (req, res) => {
    res
      .status(201)
      .json(await applyPayment(db, pathId(req.params.id), req.body, requestContext(req)));
  });
  router.post('/payments/:id/check-image', async (req, res) => {
    res.status(201).json(await uploadCheckImage(db, pathId(req.params.id), req, res));
  });
  router.get('/payments/:id/check-image', async (req, res) => {
    const images = documentRows
      .readQuery(requestContext(req))
      .where({ 'documents.payment_id': pathId(req.params.id), 'documents.kind': 'check_image' });
    await sendDocument(images, res);
  });
  router.get('/documents/:id/content', async (req, res) => {
    const document = documentRows
      .readQuery(requestContext(req))
      .where('documents.id', pathId(req.params.id));
    await sendDocument(document, res);
  });

  router.post('/deposits/build', async (req, res) => {
    res.status(201).json(await buildDeposit(db, req.body, requestContext(req)));
  });
  return router;
}
