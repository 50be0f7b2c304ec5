import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { bodyParser, day, money, note, recordId } from './parse-body';

interface ReportInput {
  exporter_id: number;
  buyer_id: number;
  outcome: 'approved' | 'declined' | 'pending';
  amount?: string;
  currency?: string;
  reason?: string;
  notified_date: string;
  channel?: string;
  limit_request_id?: number;
  purchase_order_ids?: number[];
  notes?: string;
}

const parse = bodyParser<ReportInput>({
  type: 'object',
  required: ['exporter_id', 'buyer_id', 'outcome', 'notified_date'],
  properties: {
    exporter_id: recordId,
    buyer_id: recordId,
    outcome: { type: 'string', enum: ['approved', 'declined', 'pending'] },
    amount: money,
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    reason: note,
    notified_date: day,
    channel: { type: 'string', enum: ['email', 'phone', 'letter', 'meeting'] },
    limit_request_id: recordId,
    purchase_order_ids: { type: 'array', items: recordId, maxItems: 1000, uniqueItems: true },
    notes: note,
  },
});

function outcomeErrors(input: ReportInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.outcome === 'approved') {
    if (!input.amount) errors.amount = 'is required: say how much was approved';
    if (!input.currency) errors.currency = 'is required with the amount';
  } else {
    if (input.amount) errors.amount = `must be left out for a ${input.outcome} buyer`;
    if (input.currency) errors.currency = `must be left out for a ${input.outcome} buyer`;
  }
  if (input.outcome === 'declined' && !input.reason?.trim()) {
    errors.reason = 'is required: say why the buyer was declined';
  }
  return errors;
}

/**
 * POST /api/exporter_notifications/report — records that the exporter was told about one
 * buyer's cover, and which purchase orders that answers. Without purchase_order_ids it
 * answers every PO of that exporter and buyer received by the day of the report.
 */
export async function reportToExporter(db: Knex, body: unknown, context: RequestContext) {
  const input = parse(body);
  const errors = outcomeErrors(input);
  if (Object.keys(errors).length > 0) throw badRequest('The report is not complete', errors);
  return db.transaction(async (trx) => {
    const orders = trx('purchase_orders')
      .where({ exporter_id: input.exporter_id, buyer_id: input.buyer_id })
      .select('id');
    if (input.purchase_order_ids) orders.whereIn('id', input.purchase_order_ids);
    else orders.where('received_date', '<=', input.notified_date);
    const orderIds = (await orders).map((o) => o.id as number);
    const stray = (input.purchase_order_ids ?? []).filter((id) => !orderIds.includes(id));
    if (stray.length > 0) {
      throw badRequest(
        `Purchase orders ${stray.join(', ')} are not this exporter's for this buyer`,
        {
          purchase_order_ids: `not this exporter's orders for this buyer: ${stray.join(', ')}`,
        },
      );
    }
    const { purchase_order_ids: _ids, ...fields } = input;
    const [notification] = await trx('exporter_notifications').insert(fields).returning('*');
    if (orderIds.length > 0) {
      await trx('exporter_notification_orders').insert(
        orderIds.map((id) => ({
          exporter_notification_id: notification.id,
          purchase_order_id: id,
        })),
      );
    }
    await writeAudit(trx, context, {
      resource: 'exporter_notifications',
      recordId: notification.id,
      action: 'create',
      after: { ...notification, purchase_order_ids: orderIds },
    });
    return trx('exporter_notification_list').where({ id: notification.id }).first();
  });
}
