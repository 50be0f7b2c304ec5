import type { Knex } from 'knex';
import { conflict, notFound } from '../http/http-error';
import { writeAudit } from '../rest/audit';
import type { RequestContext } from '../rest/types';

/** Moves a reminder on the worklist from to do to sent or skipped; either is final. */
export async function markReminder(
  db: Knex,
  id: number,
  status: 'sent' | 'skipped',
  context: RequestContext,
): Promise<Record<string, unknown>> {
  return db.transaction(async (trx) => {
    const before = await trx('reminders').where({ id }).forUpdate().first();
    if (!before) throw notFound(`No reminders record with id ${id}`);
    if (before.status !== 'to_do') {
      throw conflict(`This reminder is already ${before.status}`, {
        status: `is ${before.status}`,
      });
    }
    const [after] = await trx('reminders')
      .where({ id })
      .update({ status, sent_at: status === 'sent' ? trx.fn.now() : null })
      .returning('*');
    await writeAudit(trx, context, {
      resource: 'reminders',
      recordId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
