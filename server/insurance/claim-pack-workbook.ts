import ExcelJS from 'exceljs';
import type { ClaimPackData } from './claim-pack-data';

type Row = Record<string, any>;
type Column = [header: string, key: string, kind?: 'money'];

const MONEY_FORMAT = '#,##0.00';

/** One sheet: a bold header row, then the rows; money cells as numbers with two decimals. */
function addTable(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Row[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = columns.map(([header, key, kind]) => ({
    header,
    key,
    width: Math.max(12, header.length + 2),
    style: kind === 'money' ? { numFmt: MONEY_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const moneyKeys = columns.filter(([, , kind]) => kind === 'money').map(([, key]) => key);
  for (const row of rows) {
    const values = { ...row };
    for (const key of moneyKeys) if (values[key] != null) values[key] = Number(values[key]);
    sheet.addRow(values);
  }
  return sheet;
}

/**
 * The claim pack the insurer asks for: the claim, the buyer's statement of account, the
 * claimed invoices with their ORIGINAL due dates, payments and deductions on them, and the
 * log of reminders and contacts. Every figure comes from SQL (claimPackData).
 */
export async function claimPackWorkbook(data: ClaimPackData, asOf: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Creditdesk';
  const { claim } = data;
  const summary = workbook.addWorksheet('Claim');
  summary.columns = [{ width: 26 }, { width: 40 }];
  const lines: [string, unknown][] = [
    ['Claim', claim.id],
    ['Prepared on', asOf],
    ['Insurer', claim.insurer],
    ['Policy', claim.policy_number],
    ['Exporter', claim.exporter_name],
    ['Buyer', claim.buyer_name],
    ['Tax id', claim.tax_id],
    ['Address', [claim.address, claim.city, claim.country].filter(Boolean).join(', ')],
    ['Kind', claim.kind],
    ['Insolvency known on', claim.insolvency_known_date],
    ['Status', claim.status],
    ['Filed on', claim.filed_date],
    ['Claim due', claim.claim_due],
    ['Currency', claim.currency],
    ['Claimed amount', Number(claim.claimed_amount)],
    ['Limit in force', Number(claim.limit_amount)],
    ['Insured percent', Number(claim.insured_percent)],
    ['Deductible', Number(claim.deductible)],
    ['Expected payout', Number(claim.expected_payout)],
  ];
  for (const [label, value] of lines) summary.addRow([label, value ?? '']);
  summary.getColumn(1).font = { bold: true };
  addTable(
    workbook,
    'Statement of account',
    [
      ['Invoice', 'number'],
      ['Invoice date', 'invoice_date'],
      ['Original due date', 'due_date'],
      ['Currency', 'currency'],
      ['Amount', 'amount', 'money'],
      ['Paid', 'paid_amount', 'money'],
      ['Credited', 'credited_amount', 'money'],
      ['Open', 'open_balance', 'money'],
      ['Disputed', 'disputed_amount', 'money'],
      ['Days past due', 'days_past_due'],
    ],
    data.statement,
  );
  addTable(
    workbook,
    'Claimed invoices',
    [
      ['Invoice', 'number'],
      ['Invoice date', 'invoice_date'],
      ['Original due date', 'due_date'],
      ['Currency', 'currency'],
      ['Amount', 'amount', 'money'],
      ['Open', 'open_balance', 'money'],
      ['Disputed', 'disputed_amount', 'money'],
      ['Claimed', 'claimed_amount', 'money'],
      ['MEP expiry', 'mep_expiry'],
      ['Overdue notice due', 'overdue_notice_due'],
      ['Claim due', 'claim_due'],
    ],
    data.claimed,
  );
  addTable(
    workbook,
    'Payments',
    [
      ['Received', 'received_date'],
      ['Method', 'method'],
      ['Reference', 'reference'],
      ['Check number', 'check_number'],
      ['Invoice', 'number'],
      ['Applied', 'amount', 'money'],
      ['Currency', 'currency'],
    ],
    data.payments,
  );
  addTable(
    workbook,
    'Deductions',
    [
      ['Opened', 'opened_date'],
      ['Invoice', 'number'],
      ['Reason', 'reason_code'],
      ['Amount', 'amount', 'money'],
      ['Status', 'status'],
      ['Resolved', 'resolved_date'],
      ['Buyer explanation', 'buyer_explanation'],
    ],
    data.deductions,
  );
  addTable(
    workbook,
    'Reminders',
    [
      ['Date', 'reminder_date'],
      ['Channel', 'channel'],
      ['Level', 'level'],
      ['Open then', 'total_open', 'money'],
      ['Currency', 'currency'],
      ['Status', 'status'],
      ['Subject', 'subject'],
    ],
    data.reminders,
  );
  addTable(
    workbook,
    'Contacts',
    [
      ['Date', 'contact_date'],
      ['Channel', 'channel'],
      ['Staff', 'staff_name'],
      ['Buyer contact', 'buyer_contact'],
      ['Summary', 'summary'],
      ['Promised', 'promised_amount', 'money'],
      ['Promised for', 'promise_to_pay_date'],
    ],
    data.contacts,
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
