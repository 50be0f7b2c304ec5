import { DemoContext, day, idOf } from './context';
import { parseTable } from './table';

// The last weeks' cash: checks (one post-dated, still in the drawer), wires, an ACH, a card
// payment, partial payments and short payments. Allocations go through the database's
// guard like any clerk's, so the demo can never over-apply a payment.
const PAYMENTS = parseTable(`
# key           | exporter | buyer     | method | cur | amount   | received | applied to
peachtree-check | brenta   | peachtree | check  | USD | 14440.00 | -8       | b8 14440.00
hudson-check    | brenta   | hudson    | check  | USD | 20000.00 | -6       | b2 20000.00
lakeshore-check | brenta   | lakeshore | check  | USD | 11650.00 | -7       | b5 11650.00
copper-check    | ceresio  | copper    | check  | USD | 5920.00  | -2       | -
gotham-wire     | iblei    | gotham    | wire   | USD | 27950.00 | -9       | i3 27450.00
milehigh-card   | iblei    | milehigh  | card   | USD | 3265.40  | -3       | i10 3265.40
stlaurent-wire  | iblei    | stlaurent | wire   | CAD | 11490.00 | -10      | i14 11490.00
sorrento-check  | iblei    | sorrento  | check  | USD | 5000.00  | -12      | i4 5000.00
queencity-wire  | ceresio  | queencity | wire   | USD | 7300.00  | -11      | c4 7300.00
buckeye-ach     | ceresio  | buckeye   | ach    | USD | 4000.00  | -16      | c6 4000.00
capitale-check  | ceresio  | capitale  | check  | CAD | 2000.00  | -20      | c9 2000.00
`);

/** What each method records beyond the amount; check_date counts in days like `received`. */
const DETAILS: Record<string, Record<string, string | number>> = {
  'peachtree-check': { check_number: '104387', check_date: -11, check_bank: 'Truist Bank' },
  'hudson-check': { check_number: '2241', check_date: -9, check_bank: 'JPMorgan Chase Bank' },
  'lakeshore-check': { check_number: '58810', check_date: -10, check_bank: 'BMO Harris Bank' },
  'copper-check': {
    check_number: '7716',
    check_date: 12,
    check_bank: 'U.S. Bank',
    notes: 'Post-dated: not to be deposited before the check date',
  },
  'gotham-wire': {
    reference: 'FEDWIRE IMAD 1124MMQFMP2K004417',
    notes: 'Buyer paid 500.00 more than the invoice; to be applied to its next one',
  },
  'milehigh-card': {
    card_processor_ref: 'ELV-BATCH-3318-084512',
    card_fee: '94.70',
    card_last4: '1881',
  },
  'stlaurent-wire': {
    reference: 'RBC TRN 4471-88210',
    payer_name: 'Épicerie fine Saint-Laurent inc.',
  },
  'sorrento-check': { check_number: '3094', check_date: -14, check_bank: 'Valley National Bank' },
  'queencity-wire': { reference: 'FEDWIRE IMAD 1122QCCHX9R1001983' },
  'buckeye-ach': { reference: 'ACH CCD 071000013 TRACE 0944817' },
  'capitale-check': { check_number: '000318', check_date: -21, check_bank: 'Desjardins' },
};

export async function seedPayments(ctx: DemoContext): Promise<void> {
  for (const [key, exporter, buyer, method, currency, amount, received, applied] of PAYMENTS) {
    const { check_date: checkDate, ...details } = DETAILS[key] ?? {};
    const [row] = await ctx
      .trx('payments')
      .insert({
        exporter_id: idOf(ctx.exporters, exporter),
        buyer_id: idOf(ctx.buyers, buyer),
        method,
        amount,
        currency,
        received_date: day(ctx, Number(received)),
        check_date: checkDate === undefined ? null : day(ctx, Number(checkDate)),
        ...details,
      })
      .returning('id');
    ctx.payments.set(key, row.id);
    if (applied === '-') continue;
    const [invoice, appliedAmount] = applied.split(' ');
    await ctx.trx('allocations').insert({
      payment_id: row.id,
      invoice_id: idOf(ctx.invoices, invoice),
      amount: appliedAmount,
    });
  }
}
