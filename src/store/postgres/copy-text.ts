/**
 * @module copy-text
 * Rows in PostgreSQL's COPY text format: one line per row, columns separated by tabs, `\N`
 * for NULL, and backslash, newline, carriage return and tab escaped. Bytes are written as
 * `\x…` hex (the backslash itself escaped). Built here because the driver's per-element
 * quoting of array parameters cost more than the database's work on the same rows.
 */

/** One value as a COPY text field. @example copyField('a\tb') === 'a\\tb' */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (value instanceof Uint8Array)
    return `\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
  const text = String(value);
  // Most values need no escaping; a cheap test skips the replace for them.
  return /[\\\n\r\t]/.test(text) ? text.replace(/[\\\n\r\t]/g, escapeChar) : text;
}

/** Rows of values as COPY text, each row ending in a newline. */
export function copyRows(rows: Iterable<readonly unknown[]>): string {
  let out = '';
  for (const row of rows) out += copyLine(row);
  return out;
}

/** A chunk size that keeps the socket busy without holding a whole table's text in memory. */
const CHUNK_CHARS = 1 << 16;

/**
 * Rows of values as COPY text in chunks of about 64 K characters, produced as they are pulled,
 * so a stream sends the first rows while later ones are still being formatted.
 * @example Readable.from(copyChunks(rows)).pipe(copyStream)
 */
export function* copyChunks(rows: Iterable<readonly unknown[]>): Generator<string> {
  let out = '';
  for (const row of rows) {
    out += copyLine(row);
    if (out.length >= CHUNK_CHARS) {
      yield out;
      out = '';
    }
  }
  if (out) yield out;
}

function copyLine(row: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i ? '\t' : '') + copyField(row[i]);
  return `${line}\n`;
}

function escapeChar(c: string): string {
  return c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t';
}
