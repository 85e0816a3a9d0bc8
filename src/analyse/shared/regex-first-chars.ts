/**
 * @module regex-first-chars
 * The characters a regular-expression fragment can start a match with, read from its source, so that a scanner
 * tries at a position only the fragments that can match there. Conservative: whatever it cannot read for sure
 * (classes, `.`, `\w`, non-ASCII letters, a fragment that can match the empty string) gives `null`, "any character".
 */

import { regexPrefixes } from './regex-prefixes.ts';

/** A set of first characters (ASCII; letters lower-cased when `ignoreCase`), or null for any character. */
export type FirstChars = ReadonlySet<string> | null;

/**
 * The first characters of `source`. @example [...firstChars('(free |preferential )?trade', true)!] → ['f', 'p', 't']
 */
export function firstChars(source: string, ignoreCase: boolean): FirstChars {
  // The openings one character long: the same reading (`regex-prefixes.ts`), cut at the first character.
  return regexPrefixes(source, ignoreCase, 1);
}
