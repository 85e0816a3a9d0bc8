/**
 * @module corpus-document
 * Reads a corpus file the way the evaluation expects: the header block (closed by `---`) becomes
 * metadata and is cut off, as is a leading ` date YYYY-MM-DD` token; the body is the document.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Document, DocumentMeta } from '../src/model/document.ts';
import { documentId } from '../src/model/document-id.ts';

/** Splits header and body of a corpus text. @example parseCorpusText('title: X\n---\nBody').text === 'Body' */
export function parseCorpusText(raw: string, fileName = ''): Document {
  const meta: DocumentMeta = { fileName };
  let body = raw;
  const close = raw.search(/^---[ \t]*$/m);
  if (close >= 0 && /^[a-z]+:/.test(raw)) {
    for (const line of raw.slice(0, close).split('\n')) {
      const m = /^([a-z]+):\s*(.*)$/.exec(line);
      if (!m) continue;
      const [, k, v] = m;
      if (k === 'title' || k === 'url' || k === 'publisher' || k === 'published' || k === 'kind')
        (meta as Record<string, string>)[k] = v.trim();
      else (meta.extra ??= {})[k] = v.trim();
    }
    body = raw.slice(close).replace(/^---[ \t]*\n?/, '');
  }
  const date = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(body);
  if (date) {
    meta.published ??= date[1];
    body = body.slice(date[0].length);
  }
  return { id: documentId(body), text: body, meta };
}

/** Reads one corpus file. */
export function readCorpusDocument(path: string): Document {
  return parseCorpusText(readFileSync(path, 'utf8'), basename(path));
}
