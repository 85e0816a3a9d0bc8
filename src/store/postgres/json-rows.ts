/**
 * @module json-rows
 * Rows as one JSON array of objects, for `json_populate_recordset`: one text parameter costs the
 * driver and the server less than one array parameter per column. Columns that hold JSON go in
 * as the JSON text they already are, bytes as `\\x…` hex, numbers as numbers.
 */
import { COLUMNS, rowValues, type WrittenTable } from '../batch-writer.ts';

/** Columns whose row values are JSON text already, by table. */
const JSON_COLUMNS: Readonly<Partial<Record<WrittenTable, ReadonlySet<string>>>> = {
  documents: new Set(['meta', 'tree']),
  annotations: new Set(['value']),
  analysis_runs: new Set(['versions', 'diagnostics']),
};

/** Rows as a JSON array of objects. @example jsonRows('documents', [row]) */
export function jsonRows(table: WrittenTable, rows: readonly object[]): string {
  const columns = COLUMNS[table];
  const raw = JSON_COLUMNS[table];
  let out = '[';
  for (let r = 0; r < rows.length; r++) {
    const values = rowValues(table, rows[r]);
    out += r ? ',{' : '{';
    for (let i = 0; i < columns.length; i++)
      out += `${i ? ',' : ''}"${columns[i]}":${jsonValue(values[i], raw?.has(columns[i]) ?? false)}`;
    out += '}';
  }
  return `${out}]`;
}

function jsonValue(value: unknown, raw: boolean): string {
  if (value === null || value === undefined) return 'null';
  if (raw) return withoutSurrogateEscapes(String(value));
  if (value instanceof Uint8Array)
    return `"\\\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : `"${value}"`;
  return JSON.stringify(wellFormed(String(value)));
}

/**
 * A lone surrogate would reach the server as a `\ud8xx` escape, which it refuses; the driver
 * sends it as U+FFFD (as COPY does), so the JSON does too.
 */
function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * JSON.stringify writes a lone surrogate as a `\udXXX` escape (a pair stays as characters),
 * which PostgreSQL's json refuses; U+FFFD instead, as for text. An escaped backslash before
 * `u` (an even run of backslashes) is text, not an escape, and stays.
 */
function withoutSurrogateEscapes(json: string): string {
  return json.includes('\\ud') ? json.replace(SURROGATE_ESCAPE, '$1\\ufffd') : json;
}

const SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;
