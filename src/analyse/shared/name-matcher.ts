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

interface TrieNode<V> {
  value?: V;
  next: Map<string, TrieNode<V>>;
}

const WORD = /[\p{L}\p{N}]+(?:['’`´][\p{L}]+)*/gu;
const GAP = /^[\s‐‑‒–—―+-]*$/;

/**
 * Compiles a matcher for `(name, value)` pairs; the first value listed for a name wins. @example
 * createNameMatcher([['Kazakhstan', 'KZ']]).find('in Kazakhstan')
 */
export function createNameMatcher<V>(
  entries: readonly (readonly [string, V])[],
  options: { caseSensitive?: boolean } = {},
): NameMatcher<V> {
  const fold = options.caseSensitive
    ? (w: string) => w.replace(/[’`´]/g, "'")
    : (w: string) => w.toLowerCase().replace(/[’`´]/g, "'");
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
  return {
    find(text: string): NameHit<V>[] {
      const out: NameHit<V>[] = [];
      const words = new RegExp(WORD.source, 'gu');
      const next = new RegExp(WORD.source, 'gu');
      let m: RegExpExecArray | null;
      while ((m = words.exec(text))) {
        let node = root.next.get(fold(m[0]));
        const possessiveFirst = !node && /['’]s$/i.test(m[0]) ? root.next.get(fold(m[0].slice(0, -2))) : undefined;
        if (!node && possessiveFirst?.value === undefined) continue;
        // Only a word that starts some name is followed further, so most words cost one lookup.
        let best: { end: number; value: V } | null =
          possessiveFirst?.value !== undefined
            ? { end: m.index + m[0].length - 2, value: possessiveFirst.value }
            : null;
        if (node?.value !== undefined) best = { end: m.index + m[0].length, value: node.value };
        let end = m.index + m[0].length;
        next.lastIndex = end;
        let w: RegExpExecArray | null;
        while (node?.next.size && (w = next.exec(text)) && GAP.test(text.slice(end, w.index))) {
          const key = fold(w[0]);
          const exact: TrieNode<V> | undefined = node.next.get(key);
          // "Kazakhstan's": the possessive may close a name.
          const possessive = !exact && /'s$/.test(key) ? node.next.get(key.slice(0, -2)) : undefined;
          if (possessive?.value !== undefined) best = { end: w.index + w[0].length - 2, value: possessive.value };
          node = exact;
          end = w.index + w[0].length;
          if (node?.value !== undefined) best = { end, value: node.value };
        }
        if (best) {
          out.push({ start: m.index, end: best.end, value: best.value });
          words.lastIndex = best.end;
        }
      }
      return out;
    },
  };
}

/** The lookup key of a name: lower case, one kind of dash, apostrophe and space. */
export function foldKey(s: string): string {
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
