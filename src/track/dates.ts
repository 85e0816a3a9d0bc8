/**
 * @module dates
 * The partial ISO dates statements carry (`2026`, `2025-06`, `2025-05-29`, intervals
 * `start/end`) compared as periods: a promise made on a day is due by the end of its period.
 */

/** First day of a partial date or interval. @example startOfPeriod('2025-06') // '2025-06-01' */
export function startOfPeriod(date: string): string {
  const first = date.split('/')[0];
  if (/^\d{4}$/.test(first)) return `${first}-01-01`;
  if (/^\d{4}-\d{2}$/.test(first)) return `${first}-01`;
  return first.slice(0, 10);
}

/** Last day of a partial date or interval. @example endOfPeriod('2026') // '2026-12-31' */
export function endOfPeriod(date: string): string {
  const last = date.split('/').at(-1)!;
  if (/^\d{4}$/.test(last)) return `${last}-12-31`;
  if (/^\d{4}-\d{2}$/.test(last)) {
    const [y, m] = last.split('-').map(Number);
    const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${last}-${String(day).padStart(2, '0')}`;
  }
  return last.slice(0, 10);
}

/** Whether a period ends after a day (true when the day is unknown). */
export function isAfter(period: string, day: string | null): boolean {
  return !day || endOfPeriod(period) > day.slice(0, 10);
}

/** The day after an ISO day. */
export function nextDay(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
