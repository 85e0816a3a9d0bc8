/**
 * @module line-limit
 * A cap on line length in the text read. Running text breaks into paragraphs; a line of
 * hundreds of thousands of characters is a dump or an attack, and every later step that
 * works line by line would carry all of it at once.
 */
import { ReadError, describeInput } from './read-error.ts';

/** Longest line accepted, in characters (a long paragraph is a few thousand). */
export const MAX_LINE_CHARS = 200_000;

/** Throws `ReadError('too-complex')` when a line of `text` is longer than the cap. */
export function assertLinesWithinLimit(text: string, fileName?: string, max = MAX_LINE_CHARS): void {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end - start > max)
      throw new ReadError(
        'too-complex',
        `${describeInput(fileName)} has a line of ${end - start} characters (the limit is ${max}): ` +
          'break it into paragraphs',
      );
    start = end + 1;
  }
}
