/**
 * The sidebar's areas, in the order of a working day. Plain data, no React: the browser
 * tests read it to open every screen. `pages` are screens that are not a resource's list
 * (custom routes, labelled cd.menu.<page>).
 */
export const MENU_AREAS = [
  {
    name: 'receivables',
    resources: ['invoices', 'aging', 'order_confirmations', 'credit_notes', 'invoice_extensions'],
  },
  {
    name: 'cash',
    resources: [
      'payments',
      'unapplied_cash',
      'post_dated_checks',
      'deposits',
      'deductions',
      'allocations',
      'documents',
      'exporter_notices',
    ],
  },
  {
    name: 'collections',
    resources: [
      'alerts',
      'reviews',
      'reminders',
      'contacts',
      'contact_invoices',
      'agency_referrals',
      'agency_referral_invoices',
      'collection_agencies',
      'dunning_levels',
      'dunning_texts',
    ],
  },
  {
    name: 'insurance',
    resources: [
      'limit_requests',
      'limit_request_orders',
      'limit_decisions',
      'exposures',
      'buyer_exposures',
      'deadlines',
      'promise_watch',
      'exporter_notifications',
      'insurer_notices',
      'purchase_orders',
      'policies',
      'premiums',
      'premium_payments',
      'premium_calculations',
    ],
  },
  { name: 'claims', resources: ['claims', 'claim_invoices', 'claim_payments', 'recoveries'] },
  { name: 'parties', resources: ['buyers', 'exporters', 'buyer_accounts'] },
  { name: 'data', resources: [], pages: ['imports'], staffOnly: true },
  {
    name: 'system',
    resources: ['reports', 'import_mappings', 'users', 'audit_log', 'job_runs'],
    staffOnly: true,
  },
];

/** Screens in an area exporters see whose figures span other exporters: staff only too. */
export const STAFF_ONLY_RESOURCES = ['buyer_exposures', 'premium_calculations'];
