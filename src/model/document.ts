/**
 * @module document
 * A document: an immutable text plus its source metadata. Everything else points into `text`.
 */

/** The kinds of document the GUIDE knows. */
export const DOCUMENT_KINDS = [
  'communique',
  'declaration',
  'joint-statement',
  'treaty',
  'press-release',
  'speech',
  'news',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The formats a reader can take in. */
export const SOURCE_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface DocumentMeta {
  url?: string;
  title?: string;
  publisher?: string;
  /** ISO date (YYYY-MM-DD) the source gives for publication. */
  published?: string;
  /** The kind the source's metadata declares (a header `kind:` line); analysis may infer its own. */
  kind?: string;
  /** ISO 639-1 code detected from the text (`en`, `ru`, `zh`, …), or `und`. */
  language?: string;
  fileName?: string;
  /** The format the reader took the bytes as. */
  format?: SourceFormat;
  /** The character encoding detected in the bytes (`utf-8`, `windows-1251`, …). */
  encoding?: string;
  /** Any other `key: value` pairs of a header block or front matter (event, completeness, …). */
  extra?: Record<string, string>;
}

export interface Document {
  /** Stable id derived from the normalised text (see `documentId`). */
  readonly id: string;
  /** The text as read; never changed afterwards. Offsets are UTF-16 code units into it. */
  readonly text: string;
  readonly meta: DocumentMeta;
}
