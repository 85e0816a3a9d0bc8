/**
 * @module spelling-variants
 * A name in the other English spelling ("International Maritime Organisation" for the listed
 * "International Maritime Organization", "World Food Program" for "World Food Programme"): the
 * word pairs are data (`data/lexicons/spelling-variants.json`, loaded with the entity lexicons), so a name is found
 * in either spelling.
 */
import type { SpellingLexicon } from '../shared/entity-lexicons.ts';

/** Compiled once: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const WORD = /\p{L}+/gu;

/**
 * The name in the other spellings: every listed word turned American, and every one turned British (the name itself
 * left out; none when it holds no such word).
 * @example spellingVariants('International Maritime Organisation', lex) // ['International Maritime Organization']
 */
export function spellingVariants(name: string, lex: SpellingLexicon): string[] {
  const out = new Set<string>();
  for (const toUs of [true, false]) {
    const words = toUs ? lex.toUs : lex.toUk;
    const swapped = name.replace(WORD, (w) => withCase(w, swapWord(w.toLowerCase(), words, toUs, lex)));
    if (swapped !== name) out.add(swapped);
  }
  return [...out];
}

function swapWord(w: string, words: ReadonlyMap<string, string>, toUs: boolean, lex: SpellingLexicon): string {
  const whole = words.get(w);
  if (whole) return whole;
  for (const [uk, us] of lex.suffixes) {
    const [from, to] = toUs ? [uk, us] : [us, uk];
    if (w.endsWith(from) && w.length - from.length >= lex.minStem) return w.slice(0, -from.length) + to;
  }
  return w;
}

// The swapped word printed in the case of the original ("Organisation" → "Organization", "CENTRE" → "CENTER").
function withCase(original: string, lower: string): string {
  if (lower === original.toLowerCase()) return original;
  if (original === original.toUpperCase()) return lower.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return lower[0].toUpperCase() + lower.slice(1);
  return lower;
}
