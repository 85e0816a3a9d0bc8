/**
 * @module search-query
 * Turns untrusted free text into a small, safe search expression that each dialect renders
 * into its own syntax (FTS5 MATCH, tsquery). Nothing of the input's own syntax survives: terms
 * keep only letters, marks and digits, so no input can make the database report a syntax error.
 *
 * Understood: words (all must match), `"a phrase"`, `prefix*`, `a OR b`; a hyphenated or
 * punctuated chunk (`China-Central`) is a phrase. An unbalanced quote runs to the end.
 */

import { splitCjkWord } from './cjk-spacing.ts';

/** A word or phrase; `prefix` makes its last word a prefix. */
export interface SearchTerm {
  readonly words: readonly string[];
  readonly prefix: boolean;
}

/** All groups must match; a group matches when any of its terms does. */
export type SearchExpression = readonly (readonly SearchTerm[])[];

/** Bounds that keep a hostile query cheap. */
const MAX_TERMS = 32;
const MAX_WORD_LENGTH = 64;

/**
 * Parses a user query.
 * @example parseSearchQuery('trade OR energy "Central Asia"') // [[trade, energy], [central asia]]
 */
export function parseSearchQuery(input: string): SearchExpression {
  const groups: SearchTerm[][] = [];
  let pendingOr = false;
  let count = 0;
  for (const chunk of chunks(input)) {
    if (count >= MAX_TERMS) break;
    if (!chunk.quoted && chunk.raw === 'OR') {
      pendingOr = groups.length > 0;
      continue;
    }
    if (!chunk.quoted && chunk.raw === 'AND') continue;
    const words = wordsOf(chunk.raw);
    if (!words.length) continue;
    const term: SearchTerm = { words, prefix: chunk.prefix };
    count++;
    if (pendingOr) groups[groups.length - 1].push(term);
    else groups.push([term]);
    pendingOr = false;
  }
  return groups;
}

interface Chunk {
  readonly raw: string;
  readonly quoted: boolean;
  readonly prefix: boolean;
}

/** Splits on white space outside quotes; a quoted run is one chunk. */
function* chunks(input: string): Generator<Chunk> {
  const re = /"([^"]*)("?)(\*?)|([^\s"]+)/g;
  for (const m of input.normalize('NFC').matchAll(re)) {
    if (m[4] !== undefined) yield { raw: m[4], quoted: false, prefix: m[4].endsWith('*') };
    // A closing quote is needed for `"…"*` to mean a prefix phrase.
    else yield { raw: m[1], quoted: true, prefix: m[2] === '"' && m[3] === '*' };
  }
}

/** The words of a chunk, lower-cased, other characters dropped. */
function wordsOf(raw: string): string[] {
  // A CJK run becomes a phrase of its characters, as the index holds them (see cjk-spacing).
  return (raw.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).flatMap((w) =>
    splitCjkWord(w.toLowerCase().slice(0, MAX_WORD_LENGTH)),
  );
}
