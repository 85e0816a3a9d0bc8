/**
 * @module word-count
 * How many words a text has, as `text.trim().split(/\s+/).length` counts them (an empty text counts one), without
 * building the array of words: the claim rules count the words of every sentence several times.
 */
import { isSpaceCode } from '../../structure/text-lines.ts';

/**
 * The number of white-space-separated words of `text` (1 for a blank text, as the split gives).
 * @example wordCount('  The ministers  met. ') === 3
 */
export function wordCount(text: string): number {
  let words = 1;
  let inGap = false;
  let seenWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inGap = seenWord;
    else {
      if (inGap) words++;
      inGap = false;
      seenWord = true;
    }
  }
  return words;
}
