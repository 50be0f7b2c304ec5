import { DemoContext, day, idOf } from './context';
import { addDays, firstOfMonth } from './dates';

// The agent's one global policy, with the terms of ../shared/DOMAIN.md, running two years
// from the month before the oldest invoice, and each exporter's premium for it: 0.25 % of
// insured turnover, prepaid by the agent and recovered from the exporter.
const PREMIUMS = [
  { exporter: 'brenta', turnover: '1840000.00', amount: '4600.00', recovered: true },
  { exporter: 'iblei', turnover: '2150000.00', amount: '5375.00', recovered: true },
  { exporter: 'ceresio', turnover: '620000.00', amount: '1550.00', recovered: false },
];

export async function seedPolicy(ctx: DemoContext): Promise<void> {
  const start = firstOfMonth(day(ctx, -360));
  const end = addDays(`${Number(start.slice(0, 4)) + 2}${start.slice(4)}`, -1);
  const [policy] = await ctx
    .trx('policies')
    .insert({
      insurer: 'Northgate Trade Credit Insurance Company',
      policy_number: `NTC-GL-${start.slice(0, 4)}-0417`,
      currency: 'USD',
      start_date: start,
      end_date: end,
      mep_days: 60,
      overdue_notice_days: 30,
      claim_filing_days: 90,
      waiting_period_days: 150,
      insolvency_notice_days: 15,
      insured_percent: '90.00',
      deductible: '0.00',
      max_credit_days: 120,
      premium_rate: '0.2500',
      min_premium: '7500.00',
      buyer_fee: '95.00',
      notes: 'Whole-turnover policy in the agent’s name; exporters covered under their mandates.',
    })
    .returning('id');
  ctx.policyId = policy.id;

  const yearEnd = addDays(start, 364);
  for (const premium of PREMIUMS) {
    const exporterId = idOf(ctx.exporters, premium.exporter);
    const common = { policy_id: policy.id, exporter_id: exporterId, currency: 'USD' };
    const [row] = await ctx
      .trx('premiums')
      .insert({
        ...common,
        period_start: start,
        period_end: yearEnd,
        insured_turnover: premium.turnover,
        amount: premium.amount,
        notes: 'Deposit premium on declared turnover',
      })
      .returning('id');
    await ctx.trx('premium_payments').insert({
      ...common,
      premium_id: row.id,
      paid_date: addDays(start, 14),
      amount: premium.amount,
      reference: `NTC invoice P-${start.slice(0, 4)}-${row.id.toString().padStart(4, '0')}`,
      recovered_date: premium.recovered ? addDays(start, 45) : null,
    });
  }
}
