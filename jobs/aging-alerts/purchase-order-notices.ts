import type { Db } from '../../db/connection';

/**
 * POs whose one-week notice to the exporter is due within two days or already late, from
 * promise_watch(): one alert each for "due" and, once it passes, one for "late".
 */
export async function alertPurchaseOrderNotices(db: Db, asOf: string, exporterId?: number) {
  const { rows } = await db.raw(
    `INSERT INTO alerts (kind, exporter_id, buyer_id, purchase_order_id, due_date, raised_on,
                         message)
     SELECT CASE w.state WHEN 'late' THEN 'po_notice_late' ELSE 'po_notice_due' END,
            w.exporter_id, w.buyer_id, w.purchase_order_id, w.notify_by, :asOf::date,
            'Tell the exporter about PO ' || w.number || ' (' || b.name || ')'
              || CASE w.state WHEN 'late' THEN ': it was due on ' ELSE ' by ' END
              || to_char(w.notify_by, 'YYYY-MM-DD')
       FROM promise_watch(:asOf::date) w JOIN buyers b ON b.id = w.buyer_id
      WHERE :exporterId::integer IS NULL OR w.exporter_id = :exporterId::integer
     ON CONFLICT DO NOTHING
     RETURNING kind`,
    { asOf, exporterId: exporterId ?? null },
  );
  const kinds = rows.map((row: { kind: string }) => row.kind);
  return {
    due: kinds.filter((kind: string) => kind === 'po_notice_due').length,
    late: kinds.filter((kind: string) => kind === 'po_notice_late').length,
  };
}
