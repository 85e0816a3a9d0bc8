/**
 * @module global-copy
 * A global copy of a lexicon's regular expression, made once per pattern (not once per sentence), for
 * `matchAll` over every match of a cue that the lexicon compiled without the `g` flag.
 */
import { compileOnce } from './compile-once.ts';

/** @example [...'a b a'.matchAll(globalOf(/a/))].length === 2 */
export const globalOf = compileOnce(
  (re: RegExp): RegExp => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`),
);
