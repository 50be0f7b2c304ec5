import type { Knex } from 'knex';
import { badRequest } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';
import { commandBody, day, line, money, recordId } from './command-body';

interface ContactBody {
  buyer_id: number;
  exporter_id?: number | null;
  contact_date: string;
  channel: 'phone' | 'email' | 'letter' | 'meeting';
  staff_name?: string;
  buyer_contact?: string;
  summary: string;
  promised_amount?: string;
  currency?: string;
  promise_to_pay_date?: string;
  invoice_ids?: number[];
}

const parse = commandBody<ContactBody>({
  type: 'object',
  additionalProperties: false,
  required: ['buyer_id', 'contact_date', 'channel', 'summary'],
  properties: {
    buyer_id: recordId,
    exporter_id: { type: ['integer', 'null'], minimum: 1, maximum: 2147483647 },
    contact_date: day,
    channel: { type: 'string', enum: ['phone', 'email', 'letter', 'meeting'] },
    staff_name: line(),
    buyer_contact: line(),
    summary: { type: 'string', minLength: 1, maxLength: 10000 },
    promised_amount: money,
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    promise_to_pay_date: day,
    invoice_ids: { type: 'array', items: recordId, maxItems: 500, uniqueItems: true },
  },
});

/**
 * Logs a call, e-mail, letter or meeting with a buyer, on the buyer and on the invoices it
 * concerns, in one transaction. A promise to pay holds the buyer's reminders until its date.
 */
export async function recordContact(
  db: Knex,
  body: unknown,
  context: RequestContext,
): Promise<Record<string, unknown>> {
  const { invoice_ids: invoiceIds = [], ...contact } = parse(body);
  if (contact.promised_amount && !contact.currency) {
    throw badRequest('A promised amount needs its currency', { currency: 'is required' });
  }
  return db.transaction(async (trx) => {
    const [created] = await trx('contacts').insert(contact).returning('*');
    if (invoiceIds.length > 0) {
      const theirs = await trx('invoices')
        .whereIn('id', invoiceIds)
        .where('buyer_id', contact.buyer_id)
        .modify((q) => contact.exporter_id && q.where('exporter_id', contact.exporter_id))
        .pluck('id');
      const strangers = invoiceIds.filter((id) => !theirs.includes(id));
      if (strangers.length > 0) {
        throw badRequest(`Invoices ${strangers.join(', ')} are not this buyer's`, {
          invoice_ids: `${strangers.join(', ')} are not invoices of this buyer and exporter`,
        });
      }
      await trx('contact_invoices').insert(
        invoiceIds.map((invoiceId) => ({ contact_id: created.id, invoice_id: invoiceId })),
      );
    }
    const after = await trx('contact_list').where({ id: created.id }).first();
    await writeAudit(trx, context, {
      resource: 'contacts',
      recordId: created.id,
      action: 'create',
      after,
    });
    return after;
  });
}
