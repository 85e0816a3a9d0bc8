/**
 * @module docx-reader
 * DOCX: mammoth turns the Word document into HTML (keeping headings and lists), which the
 * shared renderer turns into text, so numbered paragraphs keep numbers.
 */
import { jsdomConstructor } from './lazy-jsdom.ts';
import type { ReadResult } from './read-result.ts';
import { ReadError, describeInput } from './read-error.ts';
import { htmlToText } from './html-to-text.ts';

/**
 * Reads DOCX bytes. meta.title is the first heading, where there is one.
 * @example await readDocx(bytes, 'declaration.docx')
 */
export async function readDocx(bytes: Uint8Array, fileName?: string): Promise<ReadResult> {
  let html: string;
  try {
    // mammoth is loaded on first use: few inputs are DOCX, and loading it slows every start.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new ReadError(
      'malformed',
      `${describeInput(fileName)} is not a readable DOCX (${why}): open and re-save it in Word or LibreOffice, or export it as PDF`,
      { cause },
    );
  }
  const JSDOM = jsdomConstructor();
  const dom = new JSDOM(`<!doctype html><body>${html}</body>`);
  try {
    const body = dom.window.document.body;
    const text = htmlToText(body);
    const heading = body.querySelector('h1, h2, h3')?.textContent?.replace(/\s+/g, ' ').trim();
    return { text, meta: heading ? { title: heading } : {} };
  } finally {
    dom.window.close();
  }
}
