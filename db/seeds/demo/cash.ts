import { DemoContext, day, idOf } from './context';

// The last weeks' cash: checks (one post-dated, still in the drawer), wires, an ACH, a card
// payment, partial payments and short payments with the deductions buyers took, and the
// bank deposit that holds the deposited checks. Allocations go through the database's
// guard like any clerk's, so the demo can never over-apply a payment.

interface DemoPayment {
  key: string;
  exporter: string;
  buyer: string;
  method: 'check' | 'wire' | 'ach' | 'card';
  amount: string;
  currency: string;
  received: number;
  details: Record<string, string | number>;
  /** Invoice key and amount applied to it; whatever is left stays unapplied. */
  applied: Array<[string, string]>;
}

const PAYMENTS: DemoPayment[] = [
  {
    key: 'peachtree-check',
    exporter: 'brenta',
    buyer: 'peachtree',
    method: 'check',
    amount: '14440.00',
    currency: 'USD',
    received: -8,
    details: { check_number: '104387', check_date: -11, check_bank: 'Truist Bank' },
    applied: [['b8', '14440.00']],
  },
  {
    key: 'hudson-check',
    exporter: 'brenta',
    buyer: 'hudson',
    method: 'check',
    amount: '20000.00',
    currency: 'USD',
    received: -6,
    details: { check_number: '2241', check_date: -9, check_bank: 'JPMorgan Chase Bank' },
    applied: [['b2', '20000.00']],
  },
  {
    key: 'lakeshore-check',
    exporter: 'brenta',
    buyer: 'lakeshore',
    method: 'check',
    amount: '11650.00',
    currency: 'USD',
    received: -7,
    details: { check_number: '58810', check_date: -10, check_bank: 'BMO Harris Bank' },
    applied: [['b5', '11650.00']],
  },
  {
    key: 'copper-postdated',
    exporter: 'ceresio',
    buyer: 'copper',
    method: 'check',
    amount: '5920.00',
    currency: 'USD',
    received: -2,
    details: {
      check_number: '7716',
      check_date: 12,
      check_bank: 'U.S. Bank',
      notes: 'Post-dated: not to be deposited before the check date',
    },
    applied: [],
  },
  {
    key: 'gotham-wire',
    exporter: 'iblei',
    buyer: 'gotham',
    method: 'wire',
    amount: '27950.00',
    currency: 'USD',
    received: -9,
    details: {
      reference: 'FEDWIRE IMAD 1124MMQFMP2K004417',
      notes: 'Buyer paid 500.00 more than the invoice; to be applied to its next one',
    },
    applied: [['i3', '27450.00']],
  },
  {
    key: 'milehigh-card',
    exporter: 'iblei',
    buyer: 'milehigh',
    method: 'card',
    amount: '3265.40',
    currency: 'USD',
    received: -3,
    details: { card_processor_ref: 'ELV-BATCH-3318-084512', card_fee: '94.70', card_last4: '1881' },
    applied: [['i10', '3265.40']],
  },
  {
    key: 'stlaurent-wire',
    exporter: 'iblei',
    buyer: 'stlaurent',
    method: 'wire',
    amount: '11490.00',
    currency: 'CAD',
    received: -10,
    details: { reference: 'RBC TRN 4471-88210', payer_name: 'Épicerie fine Saint-Laurent inc.' },
    applied: [['i14', '11490.00']],
  },
  {
    key: 'sorrento-check',
    exporter: 'iblei',
    buyer: 'sorrento',
    method: 'check',
    amount: '5000.00',
    currency: 'USD',
    received: -12,
    details: { check_number: '3094', check_date: -14, check_bank: 'Valley National Bank' },
    applied: [['i4', '5000.00']],
  },
  {
    key: 'queencity-wire',
    exporter: 'ceresio',
    buyer: 'queencity',
    method: 'wire',
    amount: '7300.00',
    currency: 'USD',
    received: -11,
    details: { reference: 'FEDWIRE IMAD 1122QCCHX9R1001983' },
    applied: [['c4', '7300.00']],
  },
  {
    key: 'buckeye-ach',
    exporter: 'ceresio',
    buyer: 'buckeye',
    method: 'ach',
    amount: '4000.00',
    currency: 'USD',
    received: -16,
    details: { reference: 'ACH CCD 071000013 TRACE 0944817' },
    applied: [['c6', '4000.00']],
  },
  {
    key: 'capitale-check',
    exporter: 'ceresio',
    buyer: 'capitale',
    method: 'check',
    amount: '2000.00',
    currency: 'CAD',
    received: -20,
    details: { check_number: '000318', check_date: -21, check_bank: 'Desjardins' },
    applied: [['c9', '2000.00']],
  },
];

// What buyers took off when they short-paid, and where each stands.
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

// Checks go to the bank in batches, per exporter and currency; the post-dated one waits.
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

export async function seedCash(ctx: DemoContext): Promise<void> {
  const payments = new Map<string, number>();
  for (const payment of PAYMENTS) {
    const { check_date: checkDate, ...details } = payment.details;
    const [row] = await ctx
      .trx('payments')
      .insert({
        exporter_id: idOf(ctx.exporters, payment.exporter),
        buyer_id: idOf(ctx.buyers, payment.buyer),
        method: payment.method,
        amount: payment.amount,
        currency: payment.currency,
        received_date: day(ctx, payment.received),
        check_date: checkDate === undefined ? null : day(ctx, Number(checkDate)),
        ...details,
      })
      .returning('id');
    payments.set(payment.key, row.id);
    for (const [invoice, amount] of payment.applied) {
      await ctx
        .trx('allocations')
        .insert({ payment_id: row.id, invoice_id: idOf(ctx.invoices, invoice), amount });
    }
  }

  for (const { invoice, payment, opened, resolved, ...deduction } of DEDUCTIONS) {
    await ctx.trx('deductions').insert({
      ...deduction,
      invoice_id: idOf(ctx.invoices, invoice),
      payment_id: idOf(payments, payment),
      opened_date: day(ctx, opened),
      resolved_date: resolved === undefined ? null : day(ctx, resolved),
    });
  }

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
        checks.map((check) => idOf(payments, check)),
      )
      .update({ deposit_id: row.id });
  }
}
