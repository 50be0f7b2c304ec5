import { DemoContext, day, idOf } from './context';

// What buyers took off when they short-paid, and where each deduction stands: one still
// open, one disputed by the exporter, one accepted (a credit), one written off.
const DEDUCTIONS = [
  {
    invoice: 'b5',
    payment: 'lakeshore-check',
    amount: '750.00',
    reason_code: 'damaged_goods',
    status: 'open',
    opened: -7,
    buyer_explanation: 'Six pairs arrived with scuffed uppers',
  },
  {
    invoice: 'b8',
    payment: 'peachtree-check',
    amount: '760.00',
    reason_code: 'co_op_advertising',
    status: 'written_off',
    opened: -8,
    resolved: -5,
    buyer_explanation: 'Share of the spring catalogue',
    follow_up_notes: 'Exporter agreed to write it off',
  },
  {
    invoice: 'i4',
    payment: 'sorrento-check',
    amount: '420.00',
    reason_code: 'promotional_allowance',
    status: 'valid',
    opened: -12,
    resolved: -9,
    buyer_explanation: 'In-store tasting promotion agreed with the exporter',
  },
  {
    invoice: 'c4',
    payment: 'queencity-wire',
    amount: '315.00',
    reason_code: 'shortage',
    status: 'disputed',
    opened: -11,
    buyer_explanation: 'Two cases short on delivery',
    follow_up_notes: 'Exporter holds a signed delivery note for the full quantity',
  },
];

export async function seedDeductions(ctx: DemoContext): Promise<void> {
  for (const { invoice, payment, opened, resolved, ...deduction } of DEDUCTIONS) {
    await ctx.trx('deductions').insert({
      ...deduction,
      invoice_id: idOf(ctx.invoices, invoice),
      payment_id: idOf(ctx.payments, payment),
      opened_date: day(ctx, opened),
      resolved_date: resolved === undefined ? null : day(ctx, resolved),
    });
  }
}
