import { enterReviews } from '../../server/collections/enter-reviews';
import { generateReminders } from '../../server/collections/generate-reminders';
import { sideBySide } from '../side-by-side';
import type { Job } from '../types';
import { alertDepositableChecks } from './checks-depositable';
import { alertPurchaseOrderNotices } from './purchase-order-notices';
import { alertReviewsDue } from './reviews-due';

/**
 * The day's collections work for the as-of date: the reminders due under the dunning
 * sequence, invoices entering the 45-day review, post-dated checks that may now be
 * deposited, and POs whose one-week notice to the exporter is due or late. Reminders and
 * reviews are agent-wide worklists, made for every exporter; --exporter narrows the
 * alerts. Every step adds only what is not there yet, so rerunning the day adds nothing.
 */
export const agingAlerts: Job = async ({ db, asOf, exporterId }) => {
  // Dunning and the review queue write different tables, each in its own transaction, and
  // on a first night over a large book each takes many seconds: they run side by side.
  const [reminders, [reviews, reviewAlerts]] = await sideBySide(
    generateReminders(db, asOf),
    enterReviews(db, asOf).then((entered) =>
      Promise.all([entered, alertReviewsDue(db, asOf, exporterId)]),
    ),
  );
  const checks = await alertDepositableChecks(db, asOf, exporterId);
  const orders = await alertPurchaseOrderNotices(db, asOf, exporterId);
  const counts = {
    reminders: reminders.created,
    reminded_invoices: reminders.invoices,
    reviews_entered: reviews.entered,
    review_alerts: reviewAlerts,
    checks_depositable: checks,
    po_notices_due: orders.due,
    po_notices_late: orders.late,
  };
  return {
    counts,
    summary:
      `aging-alerts for ${asOf}: ${reminders.created} reminder(s) for ${reminders.invoices} ` +
      `invoice(s), ${reviews.entered} new 45-day review(s), ${checks} check(s) to deposit, ` +
      `${orders.due + orders.late} PO notice(s) due or late`,
  };
};
