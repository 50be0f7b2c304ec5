import { parseArgs } from 'node:util';

export interface JobArgs {
  name: string;
  asOf?: string;
  exporterId?: number;
}

/** `<name> [--as-of YYYY-MM-DD] [--exporter <id>]`, refusing anything else with a reason. */
export function parseJobArgs(argv: string[], known: string[]): JobArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'as-of': { type: 'string' }, exporter: { type: 'string' } },
  });
  const [name] = positionals;
  if (!name || !known.includes(name)) {
    throw new Error(`name a job: ${known.join(', ')}`);
  }
  const asOf = values['as-of'];
  const isCalendarDate = (text: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(text) &&
    new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw new Error('--as-of takes a date as YYYY-MM-DD');
  }
  const exporter = values.exporter;
  if (exporter !== undefined && !/^[1-9]\d*$/.test(exporter)) {
    throw new Error('--exporter takes an exporter id');
  }
  return { name, asOf, exporterId: exporter ? Number(exporter) : undefined };
}
