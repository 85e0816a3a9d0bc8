/**
 * @module read-result
 * What a format reader hands back: the document text and the metadata the source states.
 */
import type { DocumentMeta } from '../model/document.ts';

/** The output of one format reader, before id, language and encoding are added. */
export interface ReadResult {
  /** The body text, as the document's immutable text. */
  readonly text: string;
  /** Metadata stated by the source (header block, front matter, `<meta>`, PDF info). */
  readonly meta: DocumentMeta;
  /** A language the source declares (`<html lang>`, PDF /Lang), used when detection cannot decide. */
  readonly languageHint?: string;
}
