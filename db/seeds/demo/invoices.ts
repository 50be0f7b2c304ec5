import { DemoContext, day, idOf } from './context';
import { parseTable } from './table';

// Invoices placed by how late they are on the day the data is loaded, so the aging always
// shows every bucket, in USD and in CAD, and the insurance deadlines fall where a credit
// manager would look: an over-120 claim already filed, another about to fall due.
const INVOICES = parseTable(`
# key | exporter | buyer       | cur | amount   | terms | days past due
b1    | brenta   | hudson      | USD | 48620.00 | 60    | -35
b2    | brenta   | hudson      | USD | 36250.00 | 60    | 12
b3    | brenta   | hudson      | USD | 22180.00 | 60    | -10
b4    | brenta   | lakeshore   | USD | 18940.00 | 90    | 25
b5    | brenta   | lakeshore   | USD | 12400.00 | 90    | 48
b6    | brenta   | baybridge   | USD | 27315.00 | 60    | 70
b7    | brenta   | peachtree   | USD | 31760.00 | 60    | -20
b8    | brenta   | peachtree   | USD | 15200.00 | 60    | 5
b9    | brenta   | lonestar    | USD | 16480.00 | 90    | 105
b10   | brenta   | lonestar    | USD | 9870.00  | 90    | -15
b11   | brenta   | cobblestone | USD | 14350.00 | 60    | 140
b12   | brenta   | emerald     | USD | 21890.00 | 60    | 160
b13   | brenta   | emerald     | USD | 8640.00  | 60    | 95
b14   | brenta   | biscayne    | USD | 11275.00 | 60    | -40
b15   | brenta   | maple       | CAD | 52800.00 | 60    | -30
b16   | brenta   | maple       | CAD | 34150.00 | 60    | 22
b17   | brenta   | montroyal   | CAD | 19760.00 | 60    | 64
b18   | brenta   | montroyal   | CAD | 12880.00 | 60    | 135
i1    | iblei    | gotham      | USD | 64200.00 | 90    | -50
i2    | iblei    | gotham      | USD | 38900.00 | 90    | 8
i3    | iblei    | gotham      | USD | 27450.00 | 90    | -5
i4    | iblei    | sorrento    | USD | 9380.00  | 60    | 33
i5    | iblei    | harvest     | USD | 17640.00 | 60    | 58
i6    | iblei    | pacifica    | USD | 42300.00 | 90    | 85
i7    | iblei    | prairie     | USD | 12960.00 | 60    | 112
i8    | iblei    | gulfcoast   | USD | 23580.00 | 60    | 190
i9    | iblei    | milehigh    | USD | 7810.00  | 60    | 20
i10   | iblei    | milehigh    | USD | 3265.40  | 60    | 2
i11   | iblei    | savoy       | USD | 15120.00 | 60    | -25
i12   | iblei    | westcoast   | CAD | 28640.00 | 90    | -45
i13   | iblei    | westcoast   | CAD | 17325.00 | 90    | 36
i14   | iblei    | stlaurent   | CAD | 11490.00 | 60    | -3
i15   | iblei    | stlaurent   | CAD | 8760.00  | 60    | 52
i16   | iblei    | rockies     | CAD | 14230.00 | 60    | 98
i17   | iblei    | corsoitalia | CAD | 21675.00 | 60    | 11
c1    | ceresio  | copper      | USD | 6840.00  | 30    | -12
c2    | ceresio  | copper      | USD | 5920.00  | 30    | 18
c3    | ceresio  | musicrow    | USD | 4380.00  | 30    | -20
c4    | ceresio  | queencity   | USD | 7615.00  | 30    | 41
c5    | ceresio  | desert      | USD | 5290.00  | 30    | 128
c6    | ceresio  | buckeye     | USD | 8120.00  | 45    | 66
c7    | ceresio  | savoy       | USD | 9450.00  | 30    | 93
c8    | ceresio  | capitale    | CAD | 6420.00  | 30    | -14
c9    | ceresio  | capitale    | CAD | 4975.00  | 30    | 79
c10   | ceresio  | rideau      | CAD | 3840.00  | 30    | 27
c11   | ceresio  | stlaurent   | CAD | 5160.00  | 30    | 146
c12   | ceresio  | forks       | CAD | 3690.00  | 30    | -18
c13   | ceresio  | rideau      | CAD | 2980.00  | 30    | 105
`);

/** Gulf Coast rejects the whole of its oldest invoice: oil delivered rancid, it says. */
const DISPUTED = new Map([['i8', 'Buyer claims the shipment arrived spoiled; survey requested']]);

/** Each exporter numbers its invoices its own way, in date order. */
const NUMBERING: Record<string, (sequence: number, year: string) => string> = {
  brenta: (sequence, year) => `${sequence}/${year}`,
  iblei: (sequence, year) => `FT ${year}/${String(sequence).padStart(5, '0')}`,
  ceresio: (sequence, year) => `RE-${year.slice(2)}-${String(sequence).padStart(4, '0')}`,
};

export async function seedInvoices(ctx: DemoContext): Promise<void> {
  const rows = INVOICES.map(([key, exporter, buyer, currency, amount, terms, pastDue]) => ({
    key,
    exporter,
    buyer,
    currency,
    amount,
    terms: Number(terms),
    invoiceDate: day(ctx, -Number(pastDue) - Number(terms)),
  })).sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate));

  const sequences = new Map<string, number>();
  for (const invoice of rows) {
    const sequence = (sequences.get(invoice.exporter) ?? 180) + 7;
    sequences.set(invoice.exporter, sequence);
    const pair = {
      exporter_id: idOf(ctx.exporters, invoice.exporter),
      buyer_id: idOf(ctx.buyers, invoice.buyer),
    };
    // Shipped against the season's purchase order, when its copy reached the agent before.
    const order = await ctx
      .trx('purchase_orders')
      .where(pair)
      .where('received_date', '<=', invoice.invoiceDate)
      .orderBy('received_date', 'desc')
      .first('id', 'number');
    const [row] = await ctx
      .trx('invoices')
      .insert({
        ...pair,
        purchase_order_id: order?.id ?? null,
        number: NUMBERING[invoice.exporter](sequence, invoice.invoiceDate.slice(0, 4)),
        invoice_date: invoice.invoiceDate,
        // The due date follows from the terms (a trigger fills it in).
        terms_days: invoice.terms,
        amount: invoice.amount,
        currency: invoice.currency,
        po_reference:
          order?.number ?? `${invoice.buyer.slice(0, 3).toUpperCase()}-${3900 + sequence}`,
        disputed: DISPUTED.has(invoice.key),
        notes: DISPUTED.get(invoice.key) ?? null,
      })
      .returning('id');
    ctx.invoices.set(invoice.key, row.id);
  }
}
