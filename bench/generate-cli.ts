import { parseArgs } from 'node:util';
import { benchUrl, freshBenchDatabase } from './bench-database';
import { dataSizeFor, generateData } from './generate-data';

/** `npm run bench:data -- --invoices 1000000`: a fresh bench database full of receivables. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { invoices: { type: 'string', default: '1000000' } } });
  const invoices = Number(values.invoices);
  if (!Number.isInteger(invoices) || invoices < 1000)
    throw new Error('--invoices takes a whole number of at least 1000');
  const url = benchUrl();
  const started = Date.now();
  const db = await freshBenchDatabase(url);
  try {
    const counts = await generateData(db, dataSizeFor(invoices));
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Generated in ${seconds} s: ${JSON.stringify(counts)}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
