import ExcelJS from 'exceljs';

type Row = Record<string, any>;

export const LIMIT_BATCH_COLUMNS = [
  { header: 'Request', key: 'id', width: 10 },
  { header: 'Exporter', key: 'exporter_name', width: 28 },
  { header: 'Buyer legal name', key: 'buyer_name', width: 32 },
  { header: 'Tax id', key: 'tax_id', width: 16 },
  { header: 'Address', key: 'address', width: 32 },
  { header: 'City', key: 'city', width: 18 },
  { header: 'Region', key: 'region', width: 10 },
  { header: 'Postal code', key: 'postal_code', width: 12 },
  { header: 'Country', key: 'country', width: 9 },
  { header: 'Amount', key: 'requested_amount', width: 14 },
  { header: 'Currency', key: 'currency', width: 9 },
  { header: 'Terms (days)', key: 'terms_days', width: 12 },
  { header: 'Policy', key: 'policy_number', width: 16 },
  { header: 'Purchase orders', key: 'po_numbers', width: 24 },
] as const;

/**
 * The batch of limit requests the insurer receives: one row per request. Amounts are written
 * as numbers with two decimals so the insurer's spreadsheet can total them; they are read
 * from the database's decimal strings, never computed here.
 */
export async function limitBatchWorkbook(requests: Row[], batchDate: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Creditdesk';
  const sheet = workbook.addWorksheet('Limit requests');
  sheet.columns = LIMIT_BATCH_COLUMNS.map((column) => ({ ...column }));
  sheet.getRow(1).font = { bold: true };
  for (const request of requests) {
    sheet.addRow({ ...request, requested_amount: Number(request.requested_amount) });
  }
  sheet.getColumn('requested_amount').numFmt = '#,##0.00';
  sheet.addRow([]);
  sheet.addRow([`Sent on ${batchDate}`, `${requests.length} requests`]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
