/**
 * @module text-reader
 * Plain text: reads Concord's header block (`key: value` lines closed by `---`) or a
 * leading ` date YYYY-MM-DD` line into meta, and keeps the body exactly as written.
 */
import type { DocumentMeta } from '../model/document.ts';
import type { ReadResult } from './read-result.ts';
import { statedMeta } from './stated-meta.ts';
import { isoDate } from './iso-date.ts';

/** A header longer than this is not a header but text that happens to contain colons. */
const MAX_HEADER_LINES = 60;
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]?(.*)$/;

/**
 * Reads decoded plain text. Line ends become LF; nothing else in the body changes.
 * @example readPlainText('title: T\n---\nBody').text === 'Body'
 */
export function readPlainText(decoded: string): ReadResult {
  const text = decoded.replace(/\r\n?/g, '\n');
  return splitHeaderBlock(text) ?? splitDateLine(text) ?? { text, meta: {} };
}

/** The header block and the body after its `---` line (minus exactly that line's break). */
function splitHeaderBlock(text: string): ReadResult | undefined {
  const pairs: Record<string, string> = {};
  let offset = 0;
  for (let n = 0; n <= MAX_HEADER_LINES && offset < text.length; n++) {
    const lineEnd = text.indexOf('\n', offset);
    const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
    const next = lineEnd < 0 ? text.length : lineEnd + 1;
    if (/^---[ \t]*$/.test(line)) return n > 0 ? { text: text.slice(next), meta: statedMeta(pairs) } : undefined;
    const match = HEADER_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1].toLowerCase();
    if (!(key in pairs)) pairs[key] = match[2].trim();
    offset = next;
  }
  return undefined;
}

/**
 * A leading ` date YYYY-MM-DD` line: the date is meta, the text starts after it and the
 * spaces that follow (and after its line break when the date stands alone on the line).
 */
function splitDateLine(text: string): ReadResult | undefined {
  const match = /^ date (\d{4}-\d{2}-\d{2})[ \t]*\n?/.exec(text);
  const published = match && isoDate(match[1]);
  if (!match || !published) return undefined;
  const meta: DocumentMeta = { published };
  return { text: text.slice(match[0].length), meta };
}
