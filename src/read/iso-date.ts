/**
 * @module iso-date
 * Turns a stated publication date (header value, `<meta>`, YAML date) into `YYYY-MM-DD`,
 * or nothing: placeholders like "unknown" must not pass for dates.
 */

/**
 * The `YYYY-MM-DD` a value starts with, if it is a real calendar date.
 * @example isoDate('2025-04-26T10:00:00Z') === '2025-04-26'
 * @example isoDate('unknown') === undefined
 */
export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : undefined;
}
