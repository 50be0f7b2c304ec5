import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateInvoiceFile } from '../demo/generate-invoice-file';
import { ChildMeasure, measureChild } from './measure-child';

export interface ImportMeasure extends ChildMeasure {
  rows: number;
  imported: number;
  rejected: number;
  counts: Record<string, number>;
}

// bench:data numbers invoices INV-00000001…; these are IMP00000001…, so none is an update.
const NUMBER_PREFIX = 'IMP';

/**
 * Writes an invoice CSV of `rows` rows (before the clock starts: the file is the input, not
 * the work) and imports it into one exporter in a process of its own.
 */
export async function measureImport(
  rows: number,
  exporterId: number,
  env: NodeJS.ProcessEnv,
): Promise<ImportMeasure> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'creditdesk-bench-import-'));
  try {
    const file = path.join(dir, `invoices-${rows}.csv`);
    await generateInvoiceFile(file, rows, { numberPrefix: NUMBER_PREFIX });
    const measure = await measureChild(
      'bench/steps/import-invoices-measured.ts',
      [file, String(exporterId), String(rows)],
      env,
    );
    return measure as ImportMeasure;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
