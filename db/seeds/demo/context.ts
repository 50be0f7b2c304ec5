import type { Knex } from 'knex';
import { addDays } from './dates';

/**
 * What each part of the demo data needs from the parts loaded before it: the transaction,
 * the day the data is dated from, and the ids of the rows already inserted, by key.
 */
export interface DemoContext {
  trx: Knex.Transaction;
  today: string;
  exporters: Map<string, number>;
  buyers: Map<string, number>;
  policyId: number;
  invoices: Map<string, number>;
  payments: Map<string, number>;
}

/** `day(ctx, -30)` is thirty days before the day the demo data is loaded. */
export const day = (ctx: Pick<DemoContext, 'today'>, offset: number) => addDays(ctx.today, offset);

/** Looks a key up, failing loudly: a typo in the demo data must not pass as a NULL. */
export function idOf(ids: Map<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`Demo data refers to unknown key '${key}'`);
  return id;
}
