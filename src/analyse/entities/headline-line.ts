/**
 * @module headline-line
 * Tells whether an offset lies in a title-case line (a headline: "Kazakh Foreign Minister
 * Meets Chinese Ambassador"), where capitals say nothing about names.
 */

/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const WORDS = /\p{L}[\p{L}\p{M}'’-]*/gu;
const OPENS_CAPITAL = /^\p{Lu}/u;

const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'vs',
]);

/**
 * True when the line holding `offset` does not end like a sentence, has at least four content
 * words, and nearly all of them are capitalised.
 */
export function inTitleCaseLine(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end < 0) end = text.length;
  const line = text.slice(start, end).trim();
  if (/[.;:]$/.test(line)) return false;
  const words = line.match(WORDS) ?? [];
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  if (content.length < 4) return false;
  const capitalised = content.filter((w) => OPENS_CAPITAL.test(w)).length;
  return capitalised / content.length >= 0.85;
}
