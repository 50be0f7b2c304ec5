import express, { Router } from 'express';
import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import claims from '../resources/claims';
import reports from '../resources/reports';
import { ajv } from '../rest/ajv';
import { ResourceService } from '../rest/resource-service';
import { BODY_LIMIT, requestContext } from '../rest/resources-router';
import { amendLimit } from './amend-limit';
import { calculatePremiums } from './calculate-premiums';
import { claimPackData } from './claim-pack-data';
import { claimPackWorkbook } from './claim-pack-workbook';
import { decideLimitRequest } from './decide-limit-request';
import { linkRequestOrders } from './link-request-orders';
import { CLAIM_MOVES, ClaimMove, moveClaim } from './move-claim';
import { openClaim } from './open-claim';
import { payClaim } from './pay-claim';
import { reportToExporter } from './report-to-exporter';
import { submitLimitRequests } from './submit-limit-requests';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isDate = ajv.compile({ type: 'string', format: 'date' });

function recordId(raw: string, what: string): number {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1 || id > 2147483647)
    throw notFound(`No ${what} with id ${raw}`);
  return id;
}

function sendWorkbook(res: express.Response, filename: string, content: Buffer): void {
  res.set('Content-Type', XLSX);
  res.set('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(content);
}

/** The credit insurance commands (docs/insurance.md): workflows beyond plain CRUD. */
export function insuranceRouter(db: Knex): Router {
  const router = Router();
  router.use(express.json({ limit: BODY_LIMIT }));
  // Downloads read through the resources' scoped queries: an exporter user gets 404 for
  // another exporter's claim, and for the agent's limit batches, which belong to no exporter.
  const claimRows = new ResourceService(db, claims);
  const reportRows = new ResourceService(db, reports);

  router.post('/limit_requests/submit', async (req, res) => {
    res.status(201).json(await submitLimitRequests(db, req.body, requestContext(req)));
  });
  router.get('/limit_requests/batches/:id', async (req, res) => {
    const report = await reportRows
      .readQuery(requestContext(req))
      .where({
        'reports.id': recordId(req.params.id, 'limit batch'),
        'reports.kind': 'limit_batch',
      })
      .first('reports.filename', 'reports.content');
    if (!report) throw notFound(`No limit batch with id ${req.params.id}`);
    sendWorkbook(res, report.filename, report.content);
  });
  router.post('/limit_requests/:id/decide', async (req, res) => {
    const id = recordId(req.params.id, 'limit request');
    res.json(await decideLimitRequest(db, id, req.body, requestContext(req)));
  });
  router.post('/limit_requests/:id/amend', async (req, res) => {
    const id = recordId(req.params.id, 'limit request');
    res.json(await amendLimit(db, id, req.body, requestContext(req)));
  });
  router.put('/limit_requests/:id/orders', async (req, res) => {
    const id = recordId(req.params.id, 'limit request');
    res.json(await linkRequestOrders(db, id, req.body, requestContext(req)));
  });
  router.post('/exporter_notifications/report', async (req, res) => {
    res.status(201).json(await reportToExporter(db, req.body, requestContext(req)));
  });
  router.post('/policies/:id/premiums', async (req, res) => {
    const id = recordId(req.params.id, 'policy');
    res.json(await calculatePremiums(db, id, req.body, requestContext(req)));
  });
  router.post('/claims/open', async (req, res) => {
    res.status(201).json(await openClaim(db, req.body, requestContext(req)));
  });
  for (const move of Object.keys(CLAIM_MOVES) as ClaimMove[]) {
    router.post(`/claims/:id/${move}`, async (req, res) => {
      const id = recordId(req.params.id, 'claim');
      res.json(await moveClaim(db, id, move, req.body, requestContext(req)));
    });
  }
  router.post('/claims/:id/pay', async (req, res) => {
    const id = recordId(req.params.id, 'claim');
    res.json(await payClaim(db, id, req.body, requestContext(req)));
  });
  router.get('/claims/:id/pack', async (req, res) => {
    const id = recordId(req.params.id, 'claim');
    const visible = await claimRows
      .readQuery(requestContext(req))
      .where('claims.id', id)
      .first('claims.id');
    if (!visible) throw notFound(`No claim with id ${id}`);
    const asOf = typeof req.query.as_of === 'string' ? req.query.as_of : undefined;
    if (asOf !== undefined && !isDate(asOf)) {
      throw badRequest('as_of must be a date', { as_of: 'must be a date (YYYY-MM-DD)' });
    }
    const { rows } = await db.raw('SELECT coalesce(?::date, current_date)::text AS d', [
      asOf ?? null,
    ]);
    const data = await claimPackData(db, id, rows[0].d);
    sendWorkbook(res, `claim-${id}-${rows[0].d}.xlsx`, await claimPackWorkbook(data, rows[0].d));
  });
  return router;
}
