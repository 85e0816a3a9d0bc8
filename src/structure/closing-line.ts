/**
 * @module closing-line
 * Recognises the closing lines printed after the last numbered clause of an agreed text:
 * place and date of adoption ("Done at Astana on 4 July 2024"), signatures, names, dates.
 * Such a paragraph ends the numbered part instead of continuing the last clause.
 */
import { isShortLine, isTitleLike } from './heading-shape.ts';
import type { StructureLexicon } from './structure-lexicon.ts';

let cache: { phrases: readonly string[]; re: RegExp } | undefined;

/**
 * True when the paragraph `[start, end)` reads as a closing line.
 * @example isClosingLine('Done at Astana, 4 July 2024', 0, 27, 1, lexicon) === true
 */
export function isClosingLine(
  text: string,
  start: number,
  end: number,
  lineCount: number,
  lexicon: StructureLexicon,
): boolean {
  const re = closingRegex(lexicon);
  re.lastIndex = start;
  if (re.test(text)) return true;
  // A name, a date or a place standing alone on a line is a signature line, not clause text;
  // a short lower-case fragment ("The parties point out", cut off by the source) is not.
  if (lineCount !== 1) return false;
  const line = text.slice(start, end);
  return isShortLine(line) && (isTitleLike(line) || (/\d/.test(line) && lowerCaseWords(line) <= MAX_LOWER_CASE_WORDS));
}

/**
 * A date line has at most a few small words ("Moscow, the 5th of May 2024"); "They will meet in
 * 2026." is a sentence.
 */
const MAX_LOWER_CASE_WORDS = 2;
/** A module constant: the sources' build turns a `\p{…}` regex literal into a `new RegExp(…)` at every call. */
const LOWER_CASE_WORD = /(?<![\p{L}\d])\p{Ll}{2,}/gu;

function lowerCaseWords(line: string): number {
  return line.match(LOWER_CASE_WORD)?.length ?? 0;
}

function closingRegex(lexicon: StructureLexicon): RegExp {
  if (cache?.phrases !== lexicon.closingPhrases) {
    const alternatives = lexicon.closingPhrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    cache = { phrases: lexicon.closingPhrases, re: new RegExp(`(?:${alternatives})(?![\\p{L}\\d])`, 'uy') };
  }
  return cache.re;
}
