/**
 * @module global-copy
 * A global copy of a lexicon's regular expression, made once per pattern (not once per sentence), for
 * `matchAll` over every match of a cue that the lexicon compiled without the `g` flag.
 */

const copies = new WeakMap<RegExp, RegExp>();

/** @example [...'a b a'.matchAll(globalOf(/a/))].length === 2 */
export function globalOf(re: RegExp): RegExp {
  let copy = copies.get(re);
  if (!copy) {
    copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    copies.set(re, copy);
  }
  return copy;
}
