import { DemoContext, day, idOf } from './context';
import { seasonFor } from './dates';
import { parseTable } from './table';

// Each limit request follows the purchase order that prompted it. Last season's requests
// were decided long ago and carry this season's invoices; this season's show every kind of
// answer: in full, in part, declined with a reason, and still pending (one near and one
// past the one-week promise). Days are relative to the day the data is loaded.
const REQUESTS = parseTable(`
# exporter | buyer       | cur | po amount | requested | decision    | granted   | asked | decided
brenta     | hudson      | USD | 96400.00  | 150000.00 | approved    | 150000.00 | -330  | -320
brenta     | lakeshore   | USD | 41800.00  | 80000.00  | approved    | 80000.00  | -330  | -318
brenta     | baybridge   | USD | 38250.00  | 60000.00  | partial     | 40000.00  | -328  | -317
brenta     | peachtree   | USD | 52600.00  | 90000.00  | approved    | 90000.00  | -327  | -320
brenta     | lonestar    | USD | 29900.00  | 50000.00  | approved    | 50000.00  | -327  | -319
brenta     | cobblestone | USD | 27400.00  | 45000.00  | approved    | 45000.00  | -325  | -316
brenta     | emerald     | USD | 44300.00  | 70000.00  | declined    | 0.00      | -325  | -300
brenta     | maple       | CAD | 78900.00  | 120000.00 | approved    | 120000.00 | -329  | -318
brenta     | montroyal   | CAD | 33600.00  | 60000.00  | approved    | 60000.00  | -326  | -317
iblei      | gotham      | USD | 118000.00 | 200000.00 | approved    | 200000.00 | -335  | -322
iblei      | sorrento    | USD | 18700.00  | 40000.00  | approved    | 40000.00  | -334  | -322
iblei      | harvest     | USD | 36500.00  | 75000.00  | conditional | 75000.00  | -333  | -321
iblei      | pacifica    | USD | 71200.00  | 100000.00 | approved    | 100000.00 | -333  | -323
iblei      | prairie     | USD | 22900.00  | 35000.00  | temporary   | 35000.00  | -331  | -322
iblei      | gulfcoast   | USD | 40100.00  | 60000.00  | declined    | 0.00      | -331  | -305
iblei      | milehigh    | USD | 15300.00  | 30000.00  | approved    | 30000.00  | -330  | -321
iblei      | savoy       | USD | 28800.00  | 50000.00  | approved    | 50000.00  | -330  | -322
iblei      | westcoast   | CAD | 52400.00  | 90000.00  | approved    | 90000.00  | -334  | -323
iblei      | stlaurent   | CAD | 21300.00  | 40000.00  | approved    | 40000.00  | -332  | -322
iblei      | rockies     | CAD | 26700.00  | 50000.00  | partial     | 30000.00  | -332  | -320
iblei      | corsoitalia | CAD | 34900.00  | 60000.00  | approved    | 60000.00  | -331  | -321
ceresio    | copper      | USD | 19800.00  | 40000.00  | approved    | 40000.00  | -300  | -292
ceresio    | queencity   | USD | 16400.00  | 30000.00  | approved    | 30000.00  | -300  | -291
ceresio    | desert      | USD | 12100.00  | 20000.00  | declined    | 0.00      | -299  | -285
ceresio    | buckeye     | USD | 17900.00  | 35000.00  | approved    | 35000.00  | -299  | -290
ceresio    | savoy       | USD | 14500.00  | 30000.00  | approved    | 30000.00  | -298  | -290
ceresio    | capitale    | CAD | 21700.00  | 45000.00  | approved    | 45000.00  | -298  | -289
ceresio    | rideau      | CAD | 11800.00  | 25000.00  | approved    | 25000.00  | -297  | -289
ceresio    | stlaurent   | CAD | 8600.00   | 15000.00  | approved    | 15000.00  | -297  | -288
# this season
brenta     | hudson      | USD | 142500.00 | 250000.00 | approved    | 250000.00 | -21   | -12
iblei      | pacifica    | USD | 126000.00 | 180000.00 | partial     | 140000.00 | -24   | -10
ceresio    | musicrow    | USD | 18600.00  | 25000.00  | declined    | 0.00      | -15   | -3
brenta     | biscayne    | USD | 36900.00  | 55000.00  | -           | -         | -4    | -
ceresio    | forks       | CAD | 14200.00  | 20000.00  | -           | -         | -8    | -
`);

/** What the insurer said beyond the amount, for the requests that need it. */
const DETAILS: Record<string, { reason?: string; conditions?: string; expiresIn?: number }> = {
  'brenta/emerald': {
    reason: 'Insufficient information: the buyer declined to release its financial statements',
  },
  'iblei/harvest': { conditions: 'Covered on credit terms of no more than 60 days' },
  'iblei/prairie': {
    reason: 'Temporary limit pending the buyer’s audited accounts',
    expiresIn: 45,
  },
  'iblei/gulfcoast': { reason: 'Adverse payment experience reported by other insured suppliers' },
  'ceresio/desert': { reason: 'Buyer trading for under two years, no filed accounts' },
  'ceresio/musicrow': { reason: 'Two payment defaults with other suppliers in the last year' },
};

// Lone Star's limit was cut after slow payments elsewhere: the insurer gave notice, and the
// cut took effect 30 days later. Shipments made before then stay covered at the old limit.
const LONESTAR_CUT = { granted: '20000.00', decided: -60, effectiveAfter: 30 };

export async function seedLimits(ctx: DemoContext): Promise<void> {
  // Each buyer numbers its own purchase orders; later ones follow its earlier ones.
  const numbers = new Map<string, number>();
  for (const [index, line] of REQUESTS.entries()) {
    const [exporter, buyer, currency, poAmount, requested, decision, granted, asked, decided] =
      line;
    const pair = {
      exporter_id: idOf(ctx.exporters, exporter),
      buyer_id: idOf(ctx.buyers, buyer),
    };
    const sequence = (numbers.get(buyer) ?? 2000 + ((index * 4373) % 7000)) + 137;
    numbers.set(buyer, sequence);
    const received = day(ctx, Number(asked) - 2);
    const [order] = await ctx
      .trx('purchase_orders')
      .insert({
        ...pair,
        number: `${buyer.slice(0, 3).toUpperCase()}-${sequence}`,
        order_date: day(ctx, Number(asked) - 4),
        received_date: received,
        amount: poAmount,
        currency,
        season: seasonFor(received),
      })
      .returning('id');
    const details = DETAILS[`${exporter}/${buyer}`] ?? {};
    const decisionDate = decision === '-' ? null : day(ctx, Number(decided));
    const expiry = details.expiresIn === undefined ? null : day(ctx, details.expiresIn);
    const [request] = await ctx
      .trx('limit_requests')
      .insert({
        ...pair,
        policy_id: ctx.policyId,
        requested_amount: requested,
        currency,
        terms_days: 90,
        request_date: day(ctx, Number(asked)),
        submitted_date: day(ctx, Number(asked)),
        status: decision === '-' ? 'pending' : decision,
        granted_amount: decision === '-' ? null : granted,
        decision_date: decisionDate,
        expiry_date: expiry,
      })
      .returning('id');
    await ctx.trx('limit_request_orders').insert({
      limit_request_id: request.id,
      purchase_order_id: order.id,
    });
    if (decisionDate === null) continue;
    await ctx.trx('limit_decisions').insert({
      limit_request_id: request.id,
      decision,
      granted_amount: granted,
      decision_date: decisionDate,
      effective_date: decisionDate,
      expiry_date: expiry,
      reason: details.reason ?? null,
      conditions: details.conditions ?? null,
      insurer_reference: `NTC-LD-${String(request.id).padStart(5, '0')}`,
    });
    if (exporter === 'brenta' && buyer === 'lonestar') await cutLimit(ctx, request.id);
    const reportDay = Number(asked) - 2 + 6;
    if (Number(decided) > reportDay) {
      // The insurer took more than a week: the exporter heard "pending" within the week.
      await notifyExporter(
        ctx,
        { ...pair, requestId: request.id, orderId: order.id },
        {
          outcome: 'pending',
          notified_date: day(ctx, reportDay),
        },
      );
    }
    const declined = decision === 'declined';
    await notifyExporter(
      ctx,
      { ...pair, requestId: request.id, orderId: order.id },
      {
        outcome: declined ? 'declined' : 'approved',
        amount: declined ? null : granted,
        currency: declined ? null : currency,
        reason: declined ? (details.reason ?? 'Declined by the insurer') : null,
        notified_date: decisionDate,
      },
    );
  }
}

/** What the agent told the exporter about a buyer's cover, for the PO behind the request. */
async function notifyExporter(
  ctx: DemoContext,
  about: { exporter_id: number; buyer_id: number; requestId: number; orderId: number },
  told: Record<string, unknown>,
): Promise<void> {
  const [notification] = await ctx
    .trx('exporter_notifications')
    .insert({
      exporter_id: about.exporter_id,
      buyer_id: about.buyer_id,
      limit_request_id: about.requestId,
      channel: 'email',
      ...told,
    })
    .returning('id');
  await ctx.trx('exporter_notification_orders').insert({
    exporter_notification_id: notification.id,
    purchase_order_id: about.orderId,
  });
}

/** A later decision on the same request: the history keeps both, the request shows the cut. */
async function cutLimit(ctx: DemoContext, requestId: number): Promise<void> {
  const decisionDate = day(ctx, LONESTAR_CUT.decided);
  await ctx.trx('limit_decisions').insert({
    limit_request_id: requestId,
    decision: 'reduced',
    granted_amount: LONESTAR_CUT.granted,
    decision_date: decisionDate,
    effective_date: day(ctx, LONESTAR_CUT.decided + LONESTAR_CUT.effectiveAfter),
    reason: 'Slow payments to other insured suppliers',
    insurer_reference: `NTC-LD-${String(requestId).padStart(5, '0')}-R`,
  });
  await ctx.trx('limit_requests').where({ id: requestId }).update({
    status: 'reduced',
    granted_amount: LONESTAR_CUT.granted,
    decision_date: decisionDate,
  });
}
