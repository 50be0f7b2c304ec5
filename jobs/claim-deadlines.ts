import type { Job } from './types';

export const DEFAULT_WINDOW_DAYS = 14;

const KINDS = ['overdue_notice', 'claim_filing', 'insolvency_notice', 'insolvency_claim'];

const LABEL: Record<string, string> = {
  overdue_notice: 'Overdue notice',
  claim_filing: 'Claim filing',
  insolvency_notice: 'Insolvency notice',
  insolvency_claim: 'Insolvency claim',
};

/**
 * For the as-of date, raises one alert per deadline of deadline_report() (insured overdue
 * invoices' notices and claims, insolvency notices and claims) that falls due within the
 * window or was already missed. A missed deadline gets its own alert kind, which is how the
 * UI and the weekly report show it. Each alert's subject is unique, so a rerun adds nothing.
 */
export function claimDeadlines(windowDays = DEFAULT_WINDOW_DAYS): Job {
  return async ({ db, asOf, exporterId }) => {
    const result = await db.raw(
      `INSERT INTO alerts (kind, exporter_id, buyer_id, invoice_id, claim_id, due_date, raised_on,
                           message)
       SELECT d.kind || CASE d.status WHEN 'missed' THEN '_missed' ELSE '_due' END,
              d.exporter_id, d.buyer_id, d.invoice_id, d.claim_id, d.due_date, :asOf::date,
              (:labels::jsonb ->> d.kind)
                || coalesce(' for invoice ' || i.number, ' for claim ' || d.claim_id)
                || CASE d.status WHEN 'missed' THEN ' was due on ' ELSE ' is due by ' END
                || to_char(d.due_date, 'YYYY-MM-DD')
         FROM deadline_report(:asOf::date) d
         LEFT JOIN invoices i ON i.id = d.invoice_id
        WHERE d.due_date <= :asOf::date + :windowDays::integer
          AND (:exporterId::integer IS NULL OR d.exporter_id = :exporterId::integer)
       ON CONFLICT DO NOTHING
       RETURNING kind`,
      { asOf, exporterId: exporterId ?? null, windowDays, labels: JSON.stringify(LABEL) },
    );
    const counts: Record<string, number> = {};
    for (const kind of KINDS) counts[`${kind}_due`] = counts[`${kind}_missed`] = 0;
    for (const { kind } of result.rows as { kind: string }[]) counts[kind] += 1;
    const missed = KINDS.reduce((sum, kind) => sum + counts[`${kind}_missed`], 0);
    return {
      counts,
      summary: `claim-deadlines for ${asOf}: ${result.rows.length} new alert(s), ${missed} for missed deadlines`,
    };
  };
}
