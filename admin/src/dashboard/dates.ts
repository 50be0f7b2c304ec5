/** Today and nearby days as YYYY-MM-DD in the browser's calendar (the user's working day). */
export function isoDay(offsetDays = 0, from = new Date()): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** A YYYY-MM-DD date as the UI's language writes it (3/12/2026 or 12/3/2026). */
export const formatDay = (day: string | null | undefined, locale: string) =>
  day ? new Date(`${day}T00:00:00`).toLocaleDateString(locale === 'it' ? 'it-IT' : 'en-US') : '—';
