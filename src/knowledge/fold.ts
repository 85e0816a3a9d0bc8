/**
 * @module fold
 * Folds names and text for comparison: case, diacritics, quotes, dashes, possessive 's and
 * white space, the same way the evaluation scorer folds names.
 */
import { rememberLatest } from './remember-latest.ts';

const QUOTES = /[“”„«»"'‘’`´‹›]/g;
const DASHES = /[‐‑‒–—―-]/g;
const POSSESSIVE = /(\p{L})['’`]s\b/gu;
/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const MARKS = /\p{M}/gu;
const NOT_KEPT = /[^\p{L}\p{N}+ ]/gu;
const SPACES = /\s+/g;

/**
 * Folds a name or phrase to a comparison key: NFKD without marks, lower case, possessive 's
 * dropped, quotes dropped, dashes and other punctuation (except `+`) as spaces, white space collapsed.
 * @example fold('Kazakhstan’s “China–Central Asia”') === 'kazakhstan china central asia'
 */
export function fold(text: string): string {
  return recentFolds(text);
}

/**
 * Rules fold the same names again and again (a knowledge-base name for each phrase it is compared with, a phrase for
 * each rule that looks it up): the latest folds are kept.
 */
const recentFolds = rememberLatest(foldNow, 2048);

function foldNow(text: string): string {
  return text
    .replace(POSSESSIVE, '$1')
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(DASHES, ' ')
    .replace(QUOTES, '')
    .replace(NOT_KEPT, ' ')
    .replace(SPACES, ' ')
    .trim();
}

/** `fold` without a leading article, as the scorer compares names. @example foldName('The SCO') === 'sco' */
export function foldName(text: string): string {
  return fold(text).replace(/^the /, '');
}

const charCache = new Map<number, string>();

/**
 * Folds one character (by code unit) to lower case without diacritics; cached, because the
 * tokenizer calls it for every letter of every document.
 * @example foldChar('É'.charCodeAt(0)) === 'e'
 */
export function foldChar(code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  let out = charCache.get(code);
  if (out === undefined) {
    out = String.fromCharCode(code).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    charCache.set(code, out);
  }
  return out;
}
