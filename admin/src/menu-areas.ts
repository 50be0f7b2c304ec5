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
    resources: ['payments', 'unapplied_cash', 'deposits', 'deductions', 'allocations', 'documents'],
  },
  {
    name: 'collections',
    resources: [
      'alerts',
      'reviews',
      'reminders',
      'contacts',
      'agency_referrals',
      'collection_agencies',
      'dunning_levels',
      'dunning_texts',
    ],
  },
  {
    name: 'insurance',
    resources: [
      'limit_requests',
      'limit_decisions',
      'exposures',
      'deadlines',
      'promise_watch',
      'exporter_notifications',
      'insurer_notices',
      'purchase_orders',
      'policies',
      'premiums',
      'premium_payments',
    ],
  },
  { name: 'claims', resources: ['claims', 'claim_payments', 'recoveries'] },
  { name: 'parties', resources: ['buyers', 'exporters'] },
  { name: 'data', resources: [], pages: ['imports'], staffOnly: true },
  { name: 'system', resources: ['reports', 'users', 'audit_log', 'job_runs'], staffOnly: true },
];
