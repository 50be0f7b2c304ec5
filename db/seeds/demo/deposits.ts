import { DemoContext, day, idOf } from './context';

// Checks go to the bank in batches, per exporter and currency, never before their date:
// the post-dated check waits in the drawer.
const DEPOSITS = [
  {
    exporter: 'brenta',
    currency: 'USD',
    date: -4,
    bank_account: 'JPMorgan Chase ••4410',
    reference: 'Deposit slip 0917',
    checks: ['peachtree-check', 'hudson-check', 'lakeshore-check'],
  },
  {
    exporter: 'iblei',
    currency: 'USD',
    date: -11,
    bank_account: 'Bank of America ••7782',
    reference: 'Deposit slip 0455',
    checks: ['sorrento-check'],
  },
  {
    exporter: 'ceresio',
    currency: 'CAD',
    date: -19,
    bank_account: 'RBC Royal Bank ••2093',
    reference: 'Bordereau 118',
    checks: ['capitale-check'],
  },
];

export async function seedDeposits(ctx: DemoContext): Promise<void> {
  for (const { exporter, date, checks, ...deposit } of DEPOSITS) {
    const [row] = await ctx
      .trx('deposits')
      .insert({
        ...deposit,
        exporter_id: idOf(ctx.exporters, exporter),
        deposit_date: day(ctx, date),
      })
      .returning('id');
    await ctx
      .trx('payments')
      .whereIn(
        'id',
        checks.map((check) => idOf(ctx.payments, check)),
      )
      .update({ deposit_id: row.id });
  }
}
