import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { detectFileType, FileType, readSample, sniffDelimiter } from './detect-file-type';
import { FileRejected } from './file-rejected';
import { cellValue } from './cell-value';

/** One row of a file: its number as the spreadsheet shows it (the header is row 1). */
export interface TableRow {
  row: number;
  cells: unknown[];
}

export interface Table {
  type: FileType;
  size: number;
  rows: AsyncIterable<TableRow>;
  /** bytes of the file read so far */
  bytesRead: () => number;
  /** sha256 of the bytes read; the whole file's once rows are exhausted */
  sha256: () => string;
  /** Lets go of the file, whether or not its rows were all read. */
  close: () => void;
}

/** Opens a CSV or the first sheet of an XLSX as a stream of rows, never the whole file. */
export async function openTable(path: string): Promise<Table> {
  const sample = await readSample(path);
  const type = detectFileType(sample);
  const { size } = await stat(path);
  let bytes = 0;
  const hash = createHash('sha256');
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const source = createReadStream(path).pipe(counter);
  let digest: string | undefined;
  return {
    type,
    size,
    rows: type === 'csv' ? csvRows(source, sniffDelimiter(sample)) : xlsxRows(source),
    bytesRead: () => bytes,
    sha256: () => (digest ??= hash.digest('hex')),
    close: () => source.destroy(),
  };
}

async function* csvRows(source: NodeJS.ReadableStream, delimiter: string): AsyncIterable<TableRow> {
  const parser = source.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true }),
  );
  let row = 0;
  try {
    for await (const cells of parser) yield { row: ++row, cells };
  } catch (error) {
    throw new FileRejected(
      `The CSV cannot be read near row ${row + 1}: ${(error as Error).message}`,
    );
  }
}

async function* xlsxRows(source: NodeJS.ReadableStream): AsyncIterable<TableRow> {
  // styles are needed to know which numeric cells are dates; shared strings are cached
  // because rows refer to them by index.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source as never, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        yield { row: row.number, cells: values.slice(1).map(cellValue) };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    throw new FileRejected(`The XLSX workbook cannot be read: ${(error as Error).message}`);
  }
}
