/**
 * @module csv
 * RFC 4180 CSV writing. Cells that a spreadsheet would run as a formula (=, +, -, @) are
 * prefixed with a quote, because document text is untrusted.
 */

/** One CSV document from a header and rows. @example toCsv(['a'], [['x,y']]) === 'a\r\n"x,y"\r\n' */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

function cell(value: unknown): string {
  // A number is never a formula; a negative one must stay a number.
  if (typeof value === 'number') return String(value);
  let s = value === null || value === undefined ? '' : Array.isArray(value) ? value.join(';') : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
