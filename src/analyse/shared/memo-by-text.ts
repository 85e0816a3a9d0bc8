/**
 * @module memo-by-text
 * Remembers the results of a pure function of a text for the latest texts asked about (per key object, such as a
 * lexicon), because several rules ask the same question about the same sentence. Bounded: the memory is dropped
 * whenever it holds `size` texts, so a long run never grows it.
 */

/**
 * The function, remembered by text and key. Results are shared between callers: return only values nobody mutates.
 * @example const span = memoByText((text: string, lex: ClaimLexicon) => subjectSpanOf(text, lex)); span(s, lex)
 */
export function memoByText<K extends object, R>(
  fn: (text: string, key: K) => R,
  size = 256,
): (text: string, key: K) => R {
  const memory = new WeakMap<K, Map<string, R>>();
  return (text, key) => {
    let byText = memory.get(key);
    if (!byText) memory.set(key, (byText = new Map()));
    let result = byText.get(text);
    if (result === undefined) {
      if (byText.size >= size) byText.clear();
      result = fn(text, key);
      byText.set(text, result);
    }
    return result;
  };
}
