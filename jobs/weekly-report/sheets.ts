import type { CodeList, Labels } from './labels';
import * as q from './queries';

export type CellType = 'text' | 'date' | 'money' | 'integer' | 'boolean' | 'decimal' | CodeList;

export interface SheetColumn {
  key: string;
  header: (l: Labels) => string;
  type: CellType;
  width: number;
}

export interface DetailSheet {
  name: (l: Labels) => string;
  sql: string;
  columns: SheetColumn[];
  /** The money column totalled per currency at the foot of the sheet. */
  totalOf?: string;
}

const col = (key: string, header: SheetColumn['header'], type: CellType, width = 14) => ({
  key,
  header,
  type,
  width,
});
const buyer = col('buyer', (l) => l.buyer, 'text', 32);
const currency = col('currency', (l) => l.currency, 'text', 9);
/** How an invoice is named wherever one is listed: number, buyer, dates, amount. */
const invoiceColumns = [
  col('number', (l) => l.number, 'text'),
  buyer,
  col('invoice_date', (l) => l.invoiceDate, 'date'),
  col('due_date', (l) => l.dueDate, 'date'),
  col('amount', (l) => l.amount, 'money', 18),
];

/** The detail sheets after the summary, in order, each with its query and columns. */
export const DETAIL_SHEETS: DetailSheet[] = [
  {
    name: (l) => l.sheets.issued,
    sql: q.issuedSql,
    totalOf: 'amount',
    columns: [...invoiceColumns, currency],
  },
  {
    name: (l) => l.sheets.collections,
    sql: q.collectionsSql,
    totalOf: 'amount',
    columns: [
      col('received_date', (l) => l.received, 'date'),
      buyer,
      col('method', (l) => l.method, 'method', 10),
      col('reference', (l) => l.reference, 'text', 18),
      col('amount', (l) => l.amount, 'money', 18),
      col('applied_amount', (l) => l.applied, 'money', 18),
      col('unapplied_amount', (l) => l.unapplied, 'money', 18),
      col('applied_to', (l) => l.appliedTo, 'text', 40),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.deposits,
    sql: q.depositsSql,
    totalOf: 'total',
    columns: [
      col('deposit_date', (l) => l.depositDate, 'date'),
      col('bank_account', (l) => l.bankAccount, 'text', 24),
      col('reference', (l) => l.reference, 'text', 18),
      col('check_count', (l) => l.checks, 'integer', 10),
      col('total', (l) => l.amount, 'money', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.open,
    sql: q.openSql,
    totalOf: 'open_balance',
    columns: [
      ...invoiceColumns,
      col('open_balance', (l) => l.openBalance, 'money', 18),
      col('disputed_amount', (l) => l.disputed, 'money', 16),
      col('days_past_due', (l) => l.daysPastDue, 'integer', 12),
      col('aging_bucket', (l) => l.bucket, 'bucket', 12),
      col('insured', (l) => l.insured, 'boolean', 10),
      col('mep_expiry', (l) => l.mepExpiry, 'date'),
      col('overdue_notice_due', (l) => l.noticeDue, 'date', 18),
      col('claim_due', (l) => l.claimDue, 'date', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.deductions,
    sql: q.deductionsSql,
    totalOf: 'amount',
    columns: [
      col('number', (l) => l.number, 'text'),
      buyer,
      col('opened_date', (l) => l.opened, 'date'),
      col('reason_code', (l) => l.reason, 'reason', 22),
      col('status', (l) => l.status, 'deductionStatus', 14),
      col('amount', (l) => l.amount, 'money', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.postDated,
    sql: q.postDatedSql,
    totalOf: 'amount',
    columns: [
      col('check_number', (l) => l.checkNumber, 'text'),
      buyer,
      col('received_date', (l) => l.received, 'date'),
      col('check_date', (l) => l.checkDate, 'date'),
      col('amount', (l) => l.amount, 'money', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.limits,
    sql: q.limitsSql,
    columns: [
      buyer,
      col('decision', (l) => l.decision, 'decision', 22),
      col('effective_date', (l) => l.effective, 'date'),
      col('expiry_date', (l) => l.expiry, 'date'),
      col('limit_amount', (l) => l.limit, 'money', 18),
      col('exposure', (l) => l.exposure, 'money', 18),
      col('room', (l) => l.room, 'money', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.deadlines,
    sql: q.deadlinesSql,
    columns: [
      col('kind', (l) => l.deadlineKind, 'deadline', 28),
      col('number', (l) => l.number, 'text'),
      buyer,
      col('due_date', (l) => l.deadlineDate, 'date'),
      col('days_left', (l) => l.daysLeft, 'integer', 12),
      col('status', (l) => l.status, 'deadlineStatus', 12),
      col('amount', (l) => l.amount, 'money', 18),
      currency,
    ],
  },
  {
    name: (l) => l.sheets.claims,
    sql: q.claimsSql,
    totalOf: 'claimed_amount',
    columns: [
      buyer,
      col('status', (l) => l.status, 'claimStatus', 14),
      col('filed_date', (l) => l.filedDate, 'date'),
      col('claim_due', (l) => l.claimDue, 'date', 18),
      col('filed_late', (l) => l.filedLate, 'boolean', 12),
      col('claimed_amount', (l) => l.claimedAmount, 'money', 18),
      col('expected_payout', (l) => l.expectedPayout, 'money', 18),
      col('paid_amount', (l) => l.paid, 'money', 18),
      currency,
    ],
  },
];
