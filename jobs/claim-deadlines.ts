import type { Job } from './types';

export const DEFAULT_WINDOW_DAYS = 14;

/**
 * For the as-of date, raises one alert per insured overdue invoice whose overdue notice or
 * claim filing falls due within the window, or was already missed. Deadlines come from
 * invoice_figures(); a notice already sent or a claim already filed settles them. The
 * unique subject of each alert makes a rerun add nothing.
 */
export function claimDeadlines(windowDays = DEFAULT_WINDOW_DAYS): Job {
  return async ({ db, asOf, exporterId }) => {
    const result = await db.raw(
      `WITH open_insured AS (
         SELECT i.id, i.exporter_id, i.buyer_id, i.number, f.overdue_notice_due, f.claim_due
           FROM invoices i CROSS JOIN LATERAL invoice_figures(i, :asOf::date) f
          WHERE i.due_date < :asOf::date AND i.invoice_date <= :asOf::date
            AND (:exporterId::integer IS NULL OR i.exporter_id = :exporterId::integer)
            AND f.insured AND f.open_balance > 0
       ), deadlines AS (
         SELECT o.*, d.what, d.deadline
           FROM open_insured o
          CROSS JOIN LATERAL (VALUES ('overdue_notice', o.overdue_notice_due),
                                     ('claim', o.claim_due)) d(what, deadline)
          WHERE d.deadline <= :asOf::date + :windowDays::integer
            AND NOT (d.what = 'overdue_notice' AND EXISTS (
                  SELECT 1 FROM insurer_notifications n WHERE n.invoice_id = o.id))
            AND NOT EXISTS (
                  SELECT 1 FROM claim_invoices ci JOIN claims c ON c.id = ci.claim_id
                   WHERE ci.invoice_id = o.id AND c.status <> 'draft')
       )
       INSERT INTO alerts (kind, exporter_id, buyer_id, invoice_id, due_date, raised_on, message)
       SELECT what || CASE WHEN deadline < :asOf::date THEN '_missed' ELSE '_due' END,
              exporter_id, buyer_id, id, deadline, :asOf::date,
              CASE what WHEN 'overdue_notice' THEN 'Overdue notice' ELSE 'Claim filing' END
                || ' for invoice ' || number
                || CASE WHEN deadline < :asOf::date THEN ' was due on ' ELSE ' is due by ' END
                || to_char(deadline, 'YYYY-MM-DD')
         FROM deadlines
       ON CONFLICT DO NOTHING
       RETURNING kind`,
      { asOf, exporterId: exporterId ?? null, windowDays },
    );
    const counts: Record<string, number> = {
      overdue_notice_due: 0, overdue_notice_missed: 0, claim_due: 0, claim_missed: 0,
    };
    for (const { kind } of result.rows as { kind: string }[]) counts[kind] += 1;
    const created = result.rows.length;
    return {
      counts,
      summary:
        `claim-deadlines for ${asOf}: ${created} new alert(s), ` +
        `${counts.overdue_notice_missed + counts.claim_missed} of them for missed deadlines`,
    };
  };
}
