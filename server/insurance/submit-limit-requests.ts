import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { limitBatchWorkbook } from './limit-batch-workbook';
import { bodyParser, day, recordId } from './parse-body';

const parse = bodyParser<{ request_ids?: number[]; submitted_date?: string }>({
  type: 'object',
  properties: {
    request_ids: { type: 'array', items: recordId, minItems: 1, maxItems: 1000, uniqueItems: true },
    submitted_date: day,
  },
});

/**
 * POST /api/limit_requests/submit — the pending requests not yet sent (all, or those named)
 * go to the insurer as one .xlsx batch, stored in reports (kind limit_batch, no exporter:
 * the batch is the agent's and spans exporters) and marked submitted, in one transaction.
 */
export async function submitLimitRequests(db: Knex, body: unknown, context: RequestContext) {
  const input = parse(body ?? {});
  return db.transaction(async (trx) => {
    const { rows } = await trx.raw('SELECT coalesce(?::date, current_date)::text AS today', [
      input.submitted_date ?? null,
    ]);
    const batchDate: string = rows[0].today;
    const query = trx('limit_requests as r')
      .join('exporters as e', 'e.id', 'r.exporter_id')
      .join('buyers as b', 'b.id', 'r.buyer_id')
      .join('policies as p', 'p.id', 'r.policy_id')
      .select(
        'r.*',
        'e.name as exporter_name',
        'b.name as buyer_name',
        'b.tax_id',
        'b.address',
        'b.city',
        'b.region',
        'b.postal_code',
        'b.country',
        'p.policy_number',
        trx.raw(`(SELECT string_agg(po.number, ', ' ORDER BY po.number)
                    FROM limit_request_orders o
                    JOIN purchase_orders po ON po.id = o.purchase_order_id
                   WHERE o.limit_request_id = r.id) AS po_numbers`),
      )
      .orderBy('r.id')
      .forUpdate('r');
    if (input.request_ids) query.whereIn('r.id', input.request_ids);
    else query.where({ 'r.status': 'pending' }).whereNull('r.submitted_date');
    const requests = await query;
    checkSendable(requests, input.request_ids);
    const content = await limitBatchWorkbook(requests, batchDate);
    const earliest = requests.map((r) => r.request_date as string).sort()[0];
    const [report] = await trx('reports')
      .insert({
        exporter_id: null,
        kind: 'limit_batch',
        period_start: earliest,
        period_end: batchDate,
        language: 'en',
        filename: `limit-requests-${batchDate}.xlsx`,
        content,
        size_bytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      })
      .returning(['id', 'kind', 'filename', 'period_start', 'period_end', 'size_bytes']);
    await writeAudit(trx, context, {
      resource: 'reports',
      recordId: report.id,
      action: 'create',
      after: report,
    });
    for (const request of requests) {
      const [after] = await trx('limit_requests')
        .where({ id: request.id })
        .update({ submitted_date: batchDate })
        .returning('*');
      await writeAudit(trx, context, {
        resource: 'limit_requests',
        recordId: request.id,
        action: 'update',
        before: request,
        after,
      });
    }
    return {
      report_id: report.id,
      filename: report.filename,
      submitted_date: batchDate,
      request_ids: requests.map((r) => r.id),
      download: `/api/limit_requests/batches/${report.id}`,
    };
  });
}

function checkSendable(requests: Record<string, any>[], named?: number[]): void {
  if (requests.length === 0 && !named) {
    throw badRequest('There are no pending limit requests waiting to be sent', {
      request_ids: 'nothing to send',
    });
  }
  const found = new Set(requests.map((r) => r.id));
  const missing = (named ?? []).filter((id) => !found.has(id));
  if (missing.length > 0) {
    throw badRequest(`No limit request with id ${missing.join(', ')}`, {
      request_ids: `unknown: ${missing.join(', ')}`,
    });
  }
  const unsendable = requests.filter((r) => r.status !== 'pending' || r.submitted_date);
  if (unsendable.length > 0) {
    const why = unsendable
      .map(
        (r) => `${r.id} is ${r.submitted_date ? `already sent on ${r.submitted_date}` : r.status}`,
      )
      .join('; ');
    throw badRequest(`Only pending requests not yet sent can go in a batch: ${why}`, {
      request_ids: why,
    });
  }
}
