/**
 * @module compile-once
 * Rules build their matchers from the lexicons of the analysis context once per lexicon object, not per call and not
 * at module load (the context, not the module, decides which knowledge applies).
 */

/**
 * A function that builds its value from a key on first use and then returns the same value for that key.
 * @example const matchers = compileOnce((lex: Lexicons) => new RegExp(anyOf(lex.x.words))); matchers(lexicons)
 */
export function compileOnce<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * A lexicon's word list as the body of a regular-expression alternation, joined exactly as written (the lexicons'
 * convention: a word may be a regular-expression fragment). @example anyOf(['in', 'by']) === 'in|by'
 */
export function anyOf(words: readonly string[]): string {
  return words.join('|');
}

/**
 * A word list as an alternation in which a space matches any run of white space ("took place" also matches
 * "took\nplace"). @example anyOfPhrases(['took place']) === 'took\\s+place'
 */
export function anyOfPhrases(words: readonly string[]): string {
  return words.map((w) => w.trim().split(/ +/).join(String.raw`\s+`)).join('|');
}
