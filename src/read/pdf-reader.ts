/**
 * @module pdf-reader
 * PDF: the text layer of every page, with paragraphs rebuilt from vertical gaps. A PDF
 * without a text layer (a scan) is refused: Concord does no OCR.
 */
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { DocumentMeta } from '../model/document.ts';
import type { ReadResult } from './read-result.ts';
import { ReadError, describeInput } from './read-error.ts';
import { pdfText } from './pdf-lines.ts';
import { MAX_PDF_PAGES, assertPdfObjectsWithinLimit } from './pdf-limits.ts';

/**
 * Reads PDF bytes.
 * @example await readPdf(bytes, 'statement.pdf')
 */
export async function readPdf(bytes: Uint8Array, fileName?: string): Promise<ReadResult> {
  const name = describeInput(fileName);
  assertPdfObjectsWithinLimit(bytes, fileName);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy. Verbosity 0: its
    // console warnings on damaged files would go to the user's terminal.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (cause) {
    throw new ReadError(
      'malformed',
      `${name} is not a readable PDF (${reason(cause)}): check the file is complete and not password-protected`,
      { cause },
    );
  }
  try {
    // A damaged page tree can claim millions of pages, and text extraction visits each one.
    if (pdf.numPages > MAX_PDF_PAGES)
      throw new ReadError('too-complex', `${name} claims ${pdf.numPages} pages (the limit is ${MAX_PDF_PAGES})`);
    const { items } = await extractTextItems(pdf);
    const text = pdfText(items);
    if (!text.trim()) {
      throw new ReadError(
        'empty',
        `${name} has no text layer (a scanned or image-only PDF?): run OCR on it or supply the text another way`,
      );
    }
    const { meta, lang } = await pdfMeta(pdf);
    return lang ? { text, meta, languageHint: lang } : { text, meta };
  } catch (cause) {
    if (cause instanceof ReadError) throw cause;
    throw new ReadError('malformed', `${name} could not be read as a PDF (${reason(cause)})`, { cause });
  } finally {
    await pdf.destroy();
  }
}

/** Title, author and language from the PDF's document information dictionary. */
async function pdfMeta(pdf: Parameters<typeof getMeta>[0]): Promise<{ meta: DocumentMeta; lang?: string }> {
  const meta: DocumentMeta = {};
  try {
    const { info } = await getMeta(pdf);
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    if (title) meta.title = title;
    const lang = typeof info.Language === 'string' ? info.Language.toLowerCase().split(/[-_]/)[0] : undefined;
    return lang ? { meta, lang } : { meta };
  } catch {
    return { meta };
  }
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
