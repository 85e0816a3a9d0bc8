/**
 * @module pdf-limits
 * Caps on a PDF's size in pages and objects. pdf.js parses objects lazily, but a file of
 * millions of tiny objects, or a page tree that claims millions of pages, makes reading it
 * cost far more than its bytes suggest.
 */
import { ReadError, describeInput } from './read-error.ts';

/** The longest treaty collections run to a few thousand pages. */
export const MAX_PDF_PAGES = 5000;
/** Objects (`N G obj`) in the file; a long report holds tens of thousands. */
export const MAX_PDF_OBJECTS = 500_000;

/** Counts `obj` keywords in the raw bytes (one linear pass) and refuses a file over the cap. */
export function assertPdfObjectsWithinLimit(bytes: Uint8Array, fileName?: string): void {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = data.indexOf(' obj', 0, 'latin1'); at >= 0; at = data.indexOf(' obj', at + 4, 'latin1')) {
    if (++count > MAX_PDF_OBJECTS)
      throw new ReadError(
        'too-complex',
        `${describeInput(fileName)} holds more than ${MAX_PDF_OBJECTS} objects: split it or print it to a new PDF`,
      );
  }
}
