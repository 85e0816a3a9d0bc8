/**
 * @module document-id
 * Content-derived document ids: the same content read twice (other file name, other line
 * endings, other Unicode normalisation or trailing blanks) is the same document.
 */
import { createHash } from 'node:crypto';

/** Normalises text for identity: NFC, LF line ends, trimmed line ends, collapsed outer blank space. */
export function normaliseForId(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/** The document id: `d_` + the first 16 hex digits of SHA-256 of the normalised text. @example documentId('a') */
export function documentId(text: string): string {
  return `d_${createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 16)}`;
}
