/**
 * @module document-id
 * Content-derived document ids: the same content read twice (other file name, other line
 * endings, other Unicode normalisation or trailing blanks) is the same document.
 */
import { createHash } from 'node:crypto';
import { trimEndChars } from './trim-chars.ts';

/** Normalises text for identity: NFC, LF line ends, trimmed line ends, collapsed outer blank space. */
export function normaliseForId(text: string): string {
  // Line ends are split off and each line trimmed by a loop: the regex this replaces,
  // /[ \t\u00a0]+$/gm, took quadratic time on a long run of spaces. The separators are the
  // ones `$` honours under the m flag, so ids stay what they were.
  const parts = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/(\n|\u2028|\u2029)/);
  for (let i = 0; i < parts.length; i += 2) parts[i] = trimEndChars(parts[i], ' \t\u00a0');
  return parts.join('').trim();
}

/** The document id: `d_` + the first 16 hex digits of SHA-256 of the normalised text. @example documentId('a') */
export function documentId(text: string): string {
  return `d_${createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16)}`;
}
