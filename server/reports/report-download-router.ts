import { Router } from 'express';
import type { Db } from '../../db/connection';
import { notFound } from '../http/http-error';
import reports from '../resources/reports';
import { ResourceService } from '../rest/resource-service';
import { requestContext } from '../rest/resources-router';

/**
 * GET /api/reports/:id/download: the stored workbook as a file. It reads through the reports
 * resource's scoped query, so an exporter user gets 404 for another exporter's report.
 */
export function reportDownloadRouter(db: Db): Router {
  const service = new ResourceService(db, reports);
  const router = Router();
  router.get('/reports/:id/download', async (req, res) => {
    const id = Number(req.params.id);
    const report =
      Number.isSafeInteger(id) && id > 0 && id <= 2147483647
        ? await service
            .readQuery(requestContext(req))
            .select('reports.filename', 'reports.content')
            .where('reports.id', id)
            .first()
        : undefined;
    if (!report) throw notFound(`No reports record with id ${req.params.id}`);
    res.attachment(report.filename);
    res.set('Cache-Control', 'private, no-store');
    res.send(report.content);
  });
  return router;
}
