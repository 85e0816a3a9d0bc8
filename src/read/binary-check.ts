/**
 * @module binary-check
 * Refuses bytes that are not text (images, executables, archives) before decoding them, so
 * that the user hears "this is binary" rather than a confusing encoding error.
 */
import { ReadError, describeInput } from './read-error.ts';

/** How many leading bytes are inspected: binary formats show it at once. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which the input is not text. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Throws `ReadError('binary')` when the sample holds a NUL byte or too many control bytes.
 * Run it only after UTF-16 (which is full of NULs) has been ruled out.
 * @example assertNotBinary(new TextEncoder().encode('hello'), 'a.txt') // passes
 */
export function assertNotBinary(bytes: Uint8Array, fileName?: string): void {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nul = sample.indexOf(0);
  const name = describeInput(fileName);
  const advice = 'not a document: convert it to text, HTML, PDF or DOCX';
  if (nul >= 0) {
    throw new ReadError('binary', `${name} looks like a binary file (NUL byte at offset ${nul}), ${advice}`, {
      offset: nul,
    });
  }
  const controls = countControlBytes(sample);
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / sample.length);
    throw new ReadError('binary', `${name} looks like a binary file (${percent}% control bytes), ${advice}`);
  }
}

/** C0 control bytes other than the whitespace ones text uses (tab, LF, VT, FF, CR) and ESC. */
function countControlBytes(sample: Uint8Array): number {
  let n = 0;
  for (const b of sample) if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) n++;
  return n;
}
