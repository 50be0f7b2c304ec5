import { open } from 'node:fs/promises';
import { FileRejected } from './file-rejected';

export type FileType = 'csv' | 'xlsx';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // the binary .xls of Excel 97-2003
const SAMPLE_BYTES = 64 * 1024;

const startsWith = (bytes: Buffer, magic: number[]) =>
  magic.every((byte, at) => bytes[at] === byte);

/** The first bytes of a file, enough to tell what it is and how its CSV is delimited. */
export async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Tells an XLSX workbook from a CSV text by content, not by name (uploads get renamed), and
 * refuses anything else with a reason a person can act on.
 */
export function detectFileType(sample: Buffer): FileType {
  if (sample.length === 0) throw new FileRejected('The file is empty');
  if (startsWith(sample, ZIP)) return 'xlsx';
  if (startsWith(sample, OLE)) {
    throw new FileRejected(
      'This is an old Excel (.xls) file: save it as .xlsx or CSV and try again',
    );
  }
  // Text has no NUL bytes and few control characters besides tab, CR and LF.
  const controls = sample.filter(
    (byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d,
  );
  if (sample.includes(0) || controls.length > sample.length / 100) {
    throw new FileRejected('The file is neither CSV nor XLSX');
  }
  return 'csv';
}

/** The delimiter of a CSV: whichever of , ; tab and | appears most in its first line. */
export function sniffDelimiter(sample: Buffer): string {
  const firstLine = sample
    .toString('utf8')
    .split(/\r?\n/)[0]
    .replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t', '|'].map((candidate) => ({
    candidate,
    count: firstLine.split(candidate).length - 1,
  }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).candidate;
}
