// Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no time zone can shift a day.

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/**
 * The selling season a purchase order taken on `date` is for, as the trade names it:
 * orders taken in the first half of the year ship for autumn/winter, later ones for the
 * next spring/summer.
 */
export function seasonFor(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) <= 6 ? `FW ${year}` : `SS ${year + 1}`;
}
