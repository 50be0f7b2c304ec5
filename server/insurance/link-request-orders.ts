import type { Knex } from 'knex';
import { badRequest, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { bodyParser, recordId } from './parse-body';

const parse = bodyParser<{ purchase_order_ids: number[] }>({
  type: 'object',
  required: ['purchase_order_ids'],
  properties: {
    purchase_order_ids: { type: 'array', items: recordId, maxItems: 1000, uniqueItems: true },
  },
});

/**
 * PUT /api/limit_requests/:id/orders — sets the purchase orders behind a request: they must
 * be the same exporter's orders from the same buyer.
 */
export async function linkRequestOrders(
  db: Knex,
  id: number,
  body: unknown,
  context: RequestContext,
) {
  const { purchase_order_ids: ids } = parse(body);
  return db.transaction(async (trx) => {
    const request = await trx('limit_requests').where({ id }).forUpdate().first();
    if (!request) throw notFound(`No limit request with id ${id}`);
    const found = await trx('purchase_orders')
      .whereIn('id', ids)
      .where({ exporter_id: request.exporter_id, buyer_id: request.buyer_id })
      .pluck('id');
    const stray = ids.filter((poId) => !found.includes(poId));
    if (stray.length > 0) {
      throw badRequest(`Purchase orders ${stray.join(', ')} are not behind this request`, {
        purchase_order_ids: `not this exporter's orders from this buyer: ${stray.join(', ')}`,
      });
    }
    const before = await trx('limit_request_orders')
      .where({ limit_request_id: id })
      .pluck('purchase_order_id');
    await trx('limit_request_orders').where({ limit_request_id: id }).delete();
    if (ids.length > 0) {
      await trx('limit_request_orders').insert(
        ids.map((poId) => ({ limit_request_id: id, purchase_order_id: poId })),
      );
    }
    await writeAudit(trx, context, {
      resource: 'limit_requests',
      recordId: id,
      action: 'update',
      before: { purchase_order_ids: before },
      after: { purchase_order_ids: ids },
    });
    return trx('limit_request_list').where({ id }).first();
  });
}
