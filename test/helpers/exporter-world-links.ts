import type { Db } from '../../db/connection';
import { insert } from './fixtures';

type Row = { id: number } & Record<string, unknown>;

/**
 * The rest of an exporter's world: the rows that link its records (a limit request's POs, a
 * reminder's invoices, a claim's invoices...), what it was told and what was sent to the
 * insurer, an alert for the staff, and cash of today: a wire received and a post-dated check,
 * which the day's notice and the post-dated watch show until their dates pass.
 */
export async function addLinksAndNotices(
  db: Db,
  world: {
    exporterId: number;
    buyerId: number;
    order: Row;
    limitRequest: Row;
    invoice: Row;
    ownInvoice: Row;
    uninsuredInvoice: Row;
    reminder: Row;
    contact: Row;
    claim: Row;
    referral: Row;
  },
) {
  const e = world.exporterId;
  const usd = { exporter_id: e, currency: 'USD' };
  const { rows } = await db.raw(
    'SELECT current_date::text AS today, (current_date + 60)::text AS later',
  );
  const { today, later } = rows[0] as { today: string; later: string };
  await insert(db, 'limit_request_orders', {
    limit_request_id: world.limitRequest.id,
    purchase_order_id: world.order.id,
  });
  // A second order, reported to the exporter; the first stays on the promise watch, late.
  const reportedOrder = await insert(db, 'purchase_orders', {
    ...usd,
    buyer_id: world.buyerId,
    number: `PO-${e}-2`,
    received_date: '2026-01-07',
    amount: '500.00',
  });
  const notification = await insert(db, 'exporter_notifications', {
    ...usd,
    buyer_id: world.buyerId,
    limit_request_id: world.limitRequest.id,
    outcome: 'approved',
    amount: '50000.00',
    notified_date: '2026-01-09',
  });
  await db('exporter_notification_orders').insert({
    exporter_notification_id: notification.id,
    purchase_order_id: reportedOrder.id,
  });
  await insert(db, 'reminder_invoices', {
    reminder_id: world.reminder.id,
    invoice_id: world.invoice.id,
    dunning_level_id: world.reminder.dunning_level_id,
    open_balance: '550.00',
  });
  await insert(db, 'contact_invoices', {
    contact_id: world.contact.id,
    invoice_id: world.invoice.id,
  });
  await insert(db, 'claim_invoices', {
    claim_id: world.claim.id,
    invoice_id: world.ownInvoice.id,
    claimed_amount: '390.00',
  });
  await insert(db, 'agency_referral_invoices', {
    agency_referral_id: world.referral.id,
    invoice_id: world.uninsuredInvoice.id,
  });
  const insurerNotice = await insert(db, 'insurer_notices', {
    kind: 'overdue',
    invoice_id: world.invoice.id,
    notice_date: '2026-06-15',
  });
  const alert = await insert(db, 'alerts', {
    kind: 'review_due',
    exporter_id: e,
    invoice_id: world.ownInvoice.id,
    due_date: '2026-04-05',
    raised_on: '2026-04-05',
    message: `Invoice INV-${e}-2 is 45 days past due: review it with the exporter`,
  });
  const wire = await insert(db, 'payments', {
    ...usd,
    buyer_id: world.buyerId,
    method: 'wire',
    amount: '120.00',
    received_date: today,
    reference: `WIRE-${e}`,
  });
  const postDatedCheck = await insert(db, 'payments', {
    ...usd,
    buyer_id: world.buyerId,
    method: 'check',
    amount: '75.00',
    received_date: today,
    check_number: `PDC-${e}`,
    check_date: later,
  });
  const buyerAccount = await insert(db, 'buyer_accounts', {
    exporter_id: e,
    buyer_id: world.buyerId,
    account_number: `CUST-${e}`,
  });
  const importMapping = await insert(db, 'import_mappings', {
    exporter_id: e,
    kind: 'invoices',
    mapping: JSON.stringify({ number: 'Invoice No' }),
  });
  return {
    reportedOrder,
    notification,
    insurerNotice,
    alert,
    wire,
    postDatedCheck,
    buyerAccount,
    importMapping,
  };
}
