/**
 * @module format-table
 * Plain-text tables for the terminal: columns padded to their widest cell, long cells cut.
 */

/** One column: its header, and the widest a cell may be before it is cut with `…`. */
export interface Column {
  header: string;
  max?: number;
  /** Right-align (numbers). */
  right?: boolean;
}

/**
 * Formats rows under headers, one string per line.
 * @example formatTable([{ header: 'id' }], [['d_1']]) // ['id ', 'd_1']
 */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => columns.map((c, i) => cut(oneLine(row[i] ?? ''), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i].length)));
  const line = (r: readonly string[]) =>
    r
      .map((v, i) => (columns[i].right ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)];
}

/** Collapses white space so a cell never breaks a line. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Cuts a string to `max` characters, marking the cut. @example cut('abcdef', 4) === 'abc…' */
export function cut(value: string, max?: number): string {
  return max !== undefined && value.length > max ? `${value.slice(0, Math.max(0, max - 1))}…` : value;
}
