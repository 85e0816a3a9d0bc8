/**
 * @module name-matcher
 * Finds listed names in a text in one pass over its words: names are stored in a word trie
 * (folded case, one kind of apostrophe) and the text is walked word by word, taking the longest
 * name at each word. Words of a name may be separated by spaces, dashes or "+", so
 * "China–Central Asia" matches "China-Central Asia" and "China - Central Asia"; a possessive
 * "'s" after a name's last word is allowed ("Kazakhstan's"). Linear in the text's length, where
 * one big alternation regex would try every name at every position.
 */

export interface NameHit<V> {
  readonly start: number;
  readonly end: number;
  readonly value: V;
}

export interface NameMatcher<V> {
  /** All non-overlapping hits, left to right (longest first at a word). */
  find(text: string): NameHit<V>[];
}

import { rememberLatest } from '../../knowledge/remember-latest.ts';
import { foldsOf, nameWords, WORD, wordAfter } from './name-words.ts';

interface TrieNode<V> {
  value?: V;
  next: Map<string, TrieNode<V>>;
}

/** The rest of a word after a possessive name: its own regex, as `matchAll(WORD)` starts at WORD's lastIndex. */
const REST = new RegExp(WORD.source, 'gu');

/** Word folds: one kind of apostrophe, and lower case unless the matcher is case-sensitive. */
const foldCase = (w: string) => (OTHER_APOSTROPHE.test(w) ? w.replace(/[’`´]/g, "'") : w);
const foldLower = (w: string) => foldCase(w.toLowerCase());
/** Most words have no apostrophe: a test is cheaper than a replace that builds a copy. */
const OTHER_APOSTROPHE = /[’`´]/;

/**
 * Compiles a matcher for `(name, value)` pairs; the first value listed for a name wins. @example
 * createNameMatcher([['Kazakhstan', 'KZ']]).find('in Kazakhstan')
 */
export function createNameMatcher<V>(
  entries: readonly (readonly [string, V])[],
  options: { caseSensitive?: boolean } = {},
): NameMatcher<V> {
  const fold = options.caseSensitive ? foldCase : foldLower;
  const root: TrieNode<V> = { next: new Map() };
  let size = 0;
  for (const [name, value] of entries) {
    const words = [...name.matchAll(WORD)].map((m) => fold(m[0]));
    if (!words.length || name.trim().length < 2) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map() }));
      node = child;
    }
    if (node.value === undefined) {
      node.value = value;
      size++;
    }
  }
  if (!size) return { find: () => [] };
  // The meeting, parties and statements steps ask the same matcher about the same sentences: the latest texts'
  // hits are kept, and each caller gets its own array.
  const recent = rememberLatest((text) => findNames(text, root, fold), 32);
  return { find: (text) => [...recent(text)] };
}

/** The walk over the text's words (shared with the other matchers that read the same text). */
function findNames<V>(text: string, root: TrieNode<V>, fold: (w: string) => string): NameHit<V>[] {
  const out: NameHit<V>[] = [];
  const words = nameWords(text);
  const n = words.raw.length;
  const folds = foldsOf(words, fold);
  let pos = 0;
  let i = 0;
  for (;;) {
    // The word at `pos`: the next word, or, after a possessive name ("Kazakhstan's"), the rest of that word.
    i = wordAfter(words, pos, i);
    if (i >= n) break;
    let start = words.starts[i];
    let word = words.raw[i];
    let key: string;
    if (start < pos) {
      REST.lastIndex = pos;
      const rest = REST.exec(text)!;
      start = rest.index;
      word = rest[0];
      key = fold(word);
    } else key = folds[i] ??= fold(word);
    const wordEnd = words.ends[i];
    let node = root.next.get(key);
    const possessiveFirst = !node && endsPossessive(word) ? root.next.get(fold(word.slice(0, -2))) : undefined;
    if (!node && possessiveFirst?.value === undefined) {
      pos = wordEnd;
      continue;
    }
    // Only a word that starts some name is followed further, so most words cost one lookup.
    let best: { end: number; value: V } | null =
      possessiveFirst?.value !== undefined ? { end: wordEnd - 2, value: possessiveFirst.value } : null;
    if (node?.value !== undefined) best = { end: wordEnd, value: node.value };
    let k = i;
    while (node?.next.size && k + 1 < n && words.gapOk[k]) {
      k++;
      const key = (folds[k] ??= fold(words.raw[k]));
      const exact: TrieNode<V> | undefined = node.next.get(key);
      // "Kazakhstan's": the possessive may close a name.
      const possessive = !exact && key.endsWith("'s") ? node.next.get(key.slice(0, -2)) : undefined;
      if (possessive?.value !== undefined) best = { end: words.ends[k] - 2, value: possessive.value };
      node = exact;
      if (node?.value !== undefined) best = { end: words.ends[k], value: node.value };
    }
    if (best) {
      out.push({ start, end: best.end, value: best.value });
      pos = best.end;
    } else pos = wordEnd;
  }
  return out;
}

/** `/['’]s$/i` without a regex: this runs for every word. */
function endsPossessive(word: string): boolean {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  const before = word.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (before === 39 || before === 0x2019);
}

/** The lookup key of a name: lower case, one kind of dash, apostrophe and space. */
export function foldKey(s: string): string {
  return recentKeys(s);
}

/** The latest keys are kept (the format names of the knowledge base are keyed for every candidate name). */
const recentKeys = rememberLatest(foldKeyNow, 2048);

function foldKeyNow(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\+\s*/g, '+')
    .replace(/[“”„«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
