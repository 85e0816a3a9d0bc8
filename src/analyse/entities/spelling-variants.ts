/**
 * @module spelling-variants
 * A name in the other English spelling ("International Maritime Organisation" for the listed
 * "International Maritime Organization", "World Food Program" for "World Food Programme"): the
 * word pairs are data (`data/lexicons/spelling-variants.json`), so a name is found in either spelling.
 */
import { readFileSync } from 'node:fs';

interface VariantLexicon {
  readonly pairs: [string, string][];
  readonly suffixPairs: [string, string][];
  readonly suffixMinStem: number;
}

let cached: { toUs: Map<string, string>; toUk: Map<string, string>; lex: VariantLexicon } | undefined;

function lexicon() {
  if (cached) return cached;
  const lex = JSON.parse(
    readFileSync(new URL('../../../data/lexicons/spelling-variants.json', import.meta.url), 'utf8'),
  ) as VariantLexicon;
  cached = {
    toUs: new Map(lex.pairs.map(([uk, us]) => [uk, us])),
    toUk: new Map(lex.pairs.map(([uk, us]) => [us, uk])),
    lex,
  };
  return cached;
}

/**
 * The name in the other spellings: every listed word turned American, and every one turned British (the name itself
 * left out; none when it holds no such word).
 * @example spellingVariants('International Maritime Organisation') // ['International Maritime Organization']
 */
export function spellingVariants(name: string): string[] {
  const { toUs, toUk, lex } = lexicon();
  const out = new Set<string>();
  for (const [words, suffixes] of [
    [toUs, lex.suffixPairs],
    [toUk, lex.suffixPairs.map(([uk, us]) => [us, uk] as [string, string])],
  ] as const) {
    const swapped = name.replace(/\p{L}+/gu, (w) => withCase(w, swapWord(w.toLowerCase(), words, suffixes, lex)));
    if (swapped !== name) out.add(swapped);
  }
  return [...out];
}

function swapWord(w: string, words: Map<string, string>, suffixes: readonly [string, string][], lex: VariantLexicon) {
  const whole = words.get(w);
  if (whole) return whole;
  // Longest suffix first, so "-isations" is not read as "-isation" + "s".
  for (const [from, to] of [...suffixes].sort((a, b) => b[0].length - a[0].length))
    if (w.endsWith(from) && w.length - from.length >= lex.suffixMinStem) return w.slice(0, -from.length) + to;
  return w;
}

// The swapped word printed in the case of the original ("Organisation" → "Organization", "CENTRE" → "CENTER").
function withCase(original: string, lower: string): string {
  if (lower === original.toLowerCase()) return original;
  if (original === original.toUpperCase()) return lower.toUpperCase();
  if (original[0] === original[0].toUpperCase()) return lower[0].toUpperCase() + lower.slice(1);
  return lower;
}
