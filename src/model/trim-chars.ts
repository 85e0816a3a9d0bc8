/**
 * @module trim-chars
 * Trimming a set of characters from the ends of a string by walking inwards from each end.
 * A regex such as `/ +$/` tries every position of a long inner run of spaces before it
 * fails (quadratic time on untrusted text); these loops only ever look at the ends.
 */

/** `text` without trailing characters from `chars`. @example trimEndChars('a  ', ' ') === 'a' */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** `text` without leading characters from `chars`. @example trimStartChars('\n\na', '\n') === 'a' */
export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start])) start++;
  return start === 0 ? text : text.slice(start);
}

/** `text` without leading or trailing characters from `chars`. @example trimChars(' a\t', ' \t') === 'a' */
export function trimChars(text: string, chars: string): string {
  return trimStartChars(trimEndChars(text, chars), chars);
}
