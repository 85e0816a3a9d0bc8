/**
 * @module remember-latest
 * A pure function of a text, remembered for the latest texts asked about: rules fold, key and match the same names
 * and sentences again and again. Bounded: the memory is dropped whenever it holds `size` texts.
 */

/**
 * `fn`, remembered by text. Results are shared between callers: return only values nobody mutates.
 * @example const folded = rememberLatest((s: string) => s.toLowerCase(), 1024); folded('Astana')
 */
export function rememberLatest<R>(fn: (text: string) => R, size: number): (text: string) => R {
  const memory = new Map<string, R>();
  return (text) => {
    let result = memory.get(text);
    if (result === undefined) {
      if (memory.size >= size) memory.clear();
      result = fn(text);
      memory.set(text, result);
    }
    return result;
  };
}
