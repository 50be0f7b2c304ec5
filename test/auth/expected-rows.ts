/**
 * For every resource, the SQL that says which ids an exporter user may see (`:exporter`), or
 * 'forbidden' when its role may not use the resource at all. Written as joins, apart from the
 * scopes in the declarations, so the two are checked against each other.
 */
export const EXPECTED_ROWS: Record<string, string> = {
  exporters: 'SELECT id FROM exporters WHERE id = :exporter',
  buyers: `SELECT DISTINCT buyer_id AS id FROM (
      SELECT exporter_id, buyer_id FROM invoices
      UNION ALL SELECT exporter_id, buyer_id FROM purchase_orders
      UNION ALL SELECT exporter_id, buyer_id FROM limit_requests
      UNION ALL SELECT exporter_id, buyer_id FROM payments
      UNION ALL SELECT exporter_id, buyer_id FROM claims) dealings
    WHERE exporter_id = :exporter`,
  policies: `SELECT DISTINCT policy_id AS id FROM (
      SELECT exporter_id, policy_id FROM limit_requests
      UNION ALL SELECT exporter_id, policy_id FROM premiums
      UNION ALL SELECT exporter_id, policy_id FROM claims) cover
    WHERE exporter_id = :exporter`,
  purchase_orders: 'SELECT id FROM purchase_orders WHERE exporter_id = :exporter',
  order_confirmations: 'SELECT id FROM order_confirmations WHERE exporter_id = :exporter',
  limit_requests: 'SELECT id FROM limit_requests WHERE exporter_id = :exporter',
  limit_decisions: `SELECT d.id FROM limit_decisions d
    JOIN limit_requests r ON r.id = d.limit_request_id WHERE r.exporter_id = :exporter`,
  premiums: 'SELECT id FROM premiums WHERE exporter_id = :exporter',
  premium_payments: 'SELECT id FROM premium_payments WHERE exporter_id = :exporter',
  invoices: 'SELECT id FROM invoices WHERE exporter_id = :exporter',
  invoice_extensions: `SELECT x.id FROM invoice_extensions x
    JOIN invoices i ON i.id = x.invoice_id WHERE i.exporter_id = :exporter`,
  credit_notes: `SELECT c.id FROM credit_notes c
    JOIN invoices i ON i.id = c.invoice_id WHERE i.exporter_id = :exporter`,
  payments: 'SELECT id FROM payments WHERE exporter_id = :exporter',
  allocations: `SELECT a.id FROM allocations a
    JOIN invoices i ON i.id = a.invoice_id WHERE i.exporter_id = :exporter`,
  deductions: `SELECT d.id FROM deductions d
    JOIN invoices i ON i.id = d.invoice_id WHERE i.exporter_id = :exporter`,
  deposits: 'SELECT id FROM deposits WHERE exporter_id = :exporter',
  documents: `SELECT d.id FROM documents d
    LEFT JOIN payments p ON p.id = d.payment_id
    LEFT JOIN invoices i ON i.id = d.invoice_id
    WHERE :exporter IN (d.exporter_id, p.exporter_id, i.exporter_id)`,
  dunning_levels: 'SELECT id FROM dunning_levels WHERE exporter_id = :exporter',
  dunning_texts: `SELECT t.id FROM dunning_texts t
    JOIN dunning_levels l ON l.id = t.dunning_level_id WHERE l.exporter_id = :exporter`,
  reminders: 'SELECT id FROM reminders WHERE exporter_id = :exporter',
  contacts: 'SELECT id FROM contacts WHERE exporter_id = :exporter',
  reviews: `SELECT r.id FROM reviews r
    JOIN invoices i ON i.id = r.invoice_id WHERE i.exporter_id = :exporter`,
  collection_agencies:
    'SELECT DISTINCT agency_id AS id FROM agency_referrals WHERE exporter_id = :exporter',
  agency_referrals: 'SELECT id FROM agency_referrals WHERE exporter_id = :exporter',
  claims: 'SELECT id FROM claims WHERE exporter_id = :exporter',
  claim_payments: `SELECT p.id FROM claim_payments p
    JOIN claims c ON c.id = p.claim_id WHERE c.exporter_id = :exporter`,
  recoveries: `SELECT r.id FROM recoveries r
    JOIN claims c ON c.id = r.claim_id WHERE c.exporter_id = :exporter`,
  aging: 'SELECT id FROM aging_report(current_date) WHERE exporter_id = :exporter',
  // Its own per-currency rows; the all-exporters rows (no exporter_id) stay staff's.
  dashboard: 'SELECT id FROM dashboard_figures WHERE exporter_id = :exporter',
  reports: 'SELECT id FROM reports WHERE exporter_id = :exporter',
  limit_request_orders: `SELECT o.id FROM limit_request_orders o
    JOIN limit_requests r ON r.id = o.limit_request_id WHERE r.exporter_id = :exporter`,
  reminder_invoices: `SELECT ri.reminder_id || '-' || ri.invoice_id AS id FROM reminder_invoices ri
    JOIN reminders r ON r.id = ri.reminder_id WHERE r.exporter_id = :exporter`,
  contact_invoices: `SELECT ci.id FROM contact_invoices ci
    JOIN contacts c ON c.id = ci.contact_id WHERE c.exporter_id = :exporter`,
  claim_invoices: `SELECT ci.id FROM claim_invoices ci
    JOIN claims c ON c.id = ci.claim_id WHERE c.exporter_id = :exporter`,
  agency_referral_invoices: `SELECT ai.id FROM agency_referral_invoices ai
    JOIN agency_referrals r ON r.id = ai.agency_referral_id WHERE r.exporter_id = :exporter`,
  alerts: 'SELECT id FROM alerts WHERE exporter_id = :exporter',
  // Credit insurance: its own exposure, what it was told, its POs' promise, its deadlines.
  exposures: 'SELECT id FROM exposure_report(current_date) WHERE exporter_id = :exporter',
  exporter_notifications: 'SELECT id FROM exporter_notifications WHERE exporter_id = :exporter',
  promise_watch: 'SELECT id FROM promise_watch(current_date) WHERE exporter_id = :exporter',
  deadlines: 'SELECT id FROM deadline_report(current_date) WHERE exporter_id = :exporter',
  insurer_notices: `SELECT n.id FROM insurer_notices n
    LEFT JOIN invoices i ON i.id = n.invoice_id
    LEFT JOIN claims c ON c.id = n.claim_id
    WHERE :exporter IN (i.exporter_id, c.exporter_id)`,
  // Collections read models: its own cash, checks and daily notice.
  unapplied_cash: `SELECT exporter_id || '-' || buyer_id || '-' || currency AS id
    FROM payment_list WHERE exporter_id = :exporter AND unapplied_amount > 0
    GROUP BY exporter_id, buyer_id, currency`,
  post_dated_checks: `SELECT id FROM payments WHERE exporter_id = :exporter
    AND method = 'check' AND deposit_id IS NULL AND check_date > received_date
    AND check_date > current_date`,
  exporter_notices: 'SELECT id FROM exporter_notices(current_date) WHERE exporter_id = :exporter',
  buyer_accounts: 'SELECT id FROM buyer_accounts WHERE exporter_id = :exporter',
};

/** Resources an exporter user's role may not use at all: every verb answers 403. */
export const FORBIDDEN_TO_EXPORTERS = [
  'audit_log',
  'job_runs',
  'users',
  // Summed over every exporter selling to a buyer, or over a whole policy.
  'buyer_exposures',
  'premium_calculations',
  // How the agent reads each exporter's files: the agent's working setup, not the exporter's.
  'import_mappings',
];
