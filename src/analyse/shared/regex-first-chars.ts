/**
 * @module regex-first-chars
 * The characters a regular-expression fragment can start a match with, read from its source, so that a scanner
 * tries at a position only the fragments that can match there. Conservative: whatever it cannot read for sure
 * (classes, `.`, `\w`, a fragment that can match the empty string) gives `null`, "any character".
 */

import { regexPrefixes } from './regex-prefixes.ts';

/**
 * Stands in a set of first characters for "a character outside ASCII": a non-ASCII literal opening a fragment.
 * Without the "u" flag, "i" never folds a character outside ASCII onto one inside it (nor back), so such a
 * fragment cannot start at an ASCII character.
 */
export const NON_ASCII = '\u0080';

/**
 * A set of first characters (ASCII, letters lower-cased when `ignoreCase`, or `NON_ASCII`), or null for any.
 */
export type FirstChars = ReadonlySet<string> | null;

/**
 * The first characters of `source`. @example [...firstChars('(free |preferential )?trade', true)!] → ['f', 'p', 't']
 */
export function firstChars(source: string, ignoreCase: boolean): FirstChars {
  // The openings one character long: the same reading (`regex-prefixes.ts`), cut at the first character.
  return regexPrefixes(source, ignoreCase, 1, { nonAsciiAs: NON_ASCII });
}
