/**
 * @module word-count
 * How many words a text has, as `text.trim().split(/\s+/).length` counts them (an empty text counts one), without
 * building the array of words: the claim rules count the words of every sentence several times.
 */

/**
 * The number of white-space-separated words of `text` (1 for a blank text, as the split gives).
 * @example wordCount('  The ministers  met. ') === 3
 */
export function wordCount(text: string): number {
  let words = 1;
  let inGap = false;
  let seenWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) inGap = seenWord;
    else {
      if (inGap) words++;
      inGap = false;
      seenWord = true;
    }
  }
  return words;
}

/** The characters `\s` and `trim` read as white space (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
