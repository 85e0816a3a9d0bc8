/**
 * @module repeated-claim
 * News repeats its main claim at the top: a headline or a wire's first line is written out again as
 * the lead ("Summit ends in Istanbul" … "As AZR reports, the summit ended in Istanbul"). One checkable
 * assertion is one claim (GUIDE: claims), so a lead that all but repeats the report's first claim (or
 * holds it whole) adds none; of the two, the fuller wording is kept (the lead with its attribution).
 * Only the opening is read so: further down, a sentence that repeats an earlier one with another
 * speaker is a second report of it, and one that differs by a name or a number is another claim.
 */
import { tokenOverlap } from '../shared/token-overlap.ts';
import { wordCount } from '../shared/word-count.ts';

/** The share of the shorter sentence's words that the other must hold for it to be a repeat. */
const REPEAT_SHARE = 0.8;
/** A repeat is a sentence, not a phrase: shorter texts (list items, names) are never repeats. */
const MIN_WORDS = 6;
/** How many claims the opening holds: the first claim and the lead that may repeat it. */
export const OPENING_CLAIMS = 2;

/**
 * Whether `text` repeats `first` (the report's first claim): most of the shorter one's words are in the
 * other, and none of those that are not is a name or a number.
 * @example repeatsFirst('As the agency reports, the leaders met in Astana.', 'The leaders met in Astana today.')
 */
export function repeatsFirst(text: string, first: string): boolean {
  if (count(text) < MIN_WORDS || count(first) < MIN_WORDS) return false;
  const [shorter, longer] = count(text) <= count(first) ? [text, first] : [first, text];
  if (tokenOverlap(shorter, longer, true) < REPEAT_SHARE) return false;
  const held = new Set(folded(longer));
  return folded(shorter, false).every((w) => held.has(w.toLowerCase()) || !/^[\p{Lu}\p{N}]/u.test(w));
}

/** Whether `text` says more than `other` (more words), so that it is the one to keep. */
export function fuller(text: string, other: string): boolean {
  return count(text) > count(other);
}

function count(s: string): number {
  return wordCount(s);
}

/** The words of a text without accents and punctuation (lower-cased unless `lower` is false). */
function folded(s: string, lower = true): string[] {
  const plain = s.normalize('NFKD').replace(/\p{M}/gu, '');
  return (lower ? plain.toLowerCase() : plain)
    .replace(/[^\p{L}\p{N}+]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}
