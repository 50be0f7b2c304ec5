import { defineResource } from '../rest/define-resource';
import { ref } from './columns';

const figure = (description: string) => ({ type: 'money', description }) as const;

// Read-only: the dashboard's per-currency figures from the dashboard_figures view.
export default defineResource({
  name: 'dashboard',
  source: 'dashboard_figures',
  defaultSort: ['currency', 'ASC'],
  columns: {
    id: { type: 'string', description: 'exporter_id (or "all") - currency' },
    exporter_id: { ...ref('exporters', false), description: 'Empty on the all-exporters rows' },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    all_exporters: { type: 'boolean', description: 'The row adds up every exporter' },
    open_receivables: figure('Open balance of every open invoice'),
    overdue_amount: figure('Open balance of invoices past their original due date'),
    unapplied_cash: figure('Payments received but not yet applied to invoices'),
    sales_90_days: figure('Invoiced in the last 90 days'),
    not_due: figure('Aging bucket: not yet due'),
    d1_30: figure('Aging bucket: 1-30 days past due'),
    d31_60: figure('Aging bucket: 31-60 days past due'),
    d61_90: figure('Aging bucket: 61-90 days past due'),
    d91_120: figure('Aging bucket: 91-120 days past due'),
    over_120: figure('Aging bucket: over 120 days past due'),
    dso: { type: 'decimal', description: 'Days sales outstanding over the last 90 days' },
  },
});
