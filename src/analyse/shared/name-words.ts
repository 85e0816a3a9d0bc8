/**
 * @module name-words
 * The words of a text as the name matchers read them (letters and digits, inner apostrophes kept), with whether
 * only a name's gap (spaces, dashes, "+", an initialism's dot) lies between each word and the next. Several
 * matchers (countries, groups, cities, …) read the same sentence one after another, so the latest texts' words are
 * kept and shared.
 */

/** Letters and digits, with apostrophes inside a word ("Côte d'Ivoire", "Kazakhstan's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’`´][\p{L}]+)*/gu;
const GAP = /^[\s‐‑‒–—―+-]*$/;

export interface NameWords {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly raw: readonly string[];
  /** `gapOk[i]`: only spaces, dashes or "+" between word i and word i + 1. */
  readonly gapOk: readonly boolean[];
  /** Folded forms by fold function, filled as matchers ask. */
  readonly folded: Map<(w: string) => string, (string | undefined)[]>;
}

const latest = new Map<string, NameWords>();
const KEPT = 16;

/**
 * The words of `text` (shared: never mutate).
 * @example nameWords('China–Central Asia').raw → ['China', 'Central', 'Asia']
 */
export function nameWords(text: string): NameWords {
  let words = latest.get(text);
  if (!words) {
    const starts: number[] = [],
      ends: number[] = [],
      raw: string[] = [],
      gapOk: boolean[] = [];
    for (const m of text.matchAll(WORD)) {
      if (ends.length) gapOk.push(gapBetween(text.slice(ends[ends.length - 1], m.index), raw[raw.length - 1], m[0]));
      starts.push(m.index);
      ends.push(m.index + m[0].length);
      raw.push(m[0]);
    }
    words = { starts, ends, raw, gapOk, folded: new Map() };
    if (latest.size >= KEPT) latest.clear();
    latest.set(text, words);
  }
  return words;
}

/** A name's gap, or the dot of an initialism ("U.S.", "U.N."): one letter, a dot, one letter. */
function gapBetween(gap: string, before: string, after: string): boolean {
  return GAP.test(gap) || (gap === '.' && before.length === 1 && after.length === 1);
}

/**
 * The folded forms of the words under `fold`, each computed once per text as matchers ask (`list[i] ??= fold(raw[i])`);
 * a walk over every word looks the list up once.
 */
export function foldsOf(words: NameWords, fold: (w: string) => string): (string | undefined)[] {
  let list = words.folded.get(fold);
  if (!list) words.folded.set(fold, (list = new Array(words.raw.length)));
  return list;
}

/** The index of the first word that ends after `pos` (`raw.length` when none). */
export function wordAfter(words: NameWords, pos: number, from = 0): number {
  let i = from;
  while (i < words.ends.length && words.ends[i] <= pos) i++;
  return i;
}
