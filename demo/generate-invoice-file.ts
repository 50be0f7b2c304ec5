import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes a large invoice CSV the way an exporter's system might: 2,000 customer numbers,
 * day-first dates and decimal commas (so it needs `{"date_format":"DMY"}`). `numberPrefix`
 * keeps its invoice numbers apart from invoices already in the database (the benchmark's).
 */
export async function generateInvoiceFile(
  file: string,
  rows: number,
  { numberPrefix = 'INV' }: { numberPrefix?: string } = {},
): Promise<void> {
  const out = createWriteStream(file);
  out.write(
    'Invoice No,Customer No,Customer Name,Invoice Date,Due Date,Amount,Currency,Disputed\n',
  );
  for (let n = 1; n <= rows; n++) {
    const day = String((n % 28) + 1).padStart(2, '0');
    const customer = String(n % 2000).padStart(6, '0');
    const amount = `${((n * 37) % 90000) + 1},${String(n % 100).padStart(2, '0')}`;
    const number = `${numberPrefix}${String(n).padStart(8, '0')}`;
    const line =
      `${number},${customer},Customer ${customer},${day}/03/2025,` +
      `${day}/05/2025,"${amount}",${n % 10 === 0 ? 'CAD' : 'USD'},${n % 17 === 0 ? 'yes' : 'no'}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// For measuring the import by hand (docs/import.md); `npm run bench` imports it too:
// `npx tsx demo/generate-invoice-file.ts /tmp/invoices-100k.csv 100000`.
if (require.main === module) {
  generateInvoiceFile(process.argv[2], Number(process.argv[3] ?? 100000));
}
