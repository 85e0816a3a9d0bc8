/**
 * @module term-scanner
 * Finds the same matches as one big alternation `(t0)|(t1)|…` scanned left to right, and which term each is,
 * without trying every term at every position: the terms are grouped by the characters they can start with
 * (`regex-first-chars.ts`), and at a position only the group of the character there is tried, as a sticky
 * alternation in the terms' order. The first term that matches at the leftmost position wins, as in the big
 * alternation. Where every term that may start there opens with `\b`, only word boundaries are tried; a term
 * anchored with `^` is tried at the start only.
 */
import { firstChars } from './regex-first-chars.ts';

export interface TermMatch {
  /** Index of the term in the list given. */
  readonly term: number;
  readonly index: number;
  readonly text: string;
}

export interface TermScanner {
  /** The non-overlapping matches of `text`, left to right. */
  scan(text: string): TermMatch[];
}

interface Bucket {
  re: RegExp;
  /** Term index of each capturing group (group i + 1). */
  terms: number[];
  /** Every term of the bucket opens with `\b`: only word boundaries are tried. */
  atBoundaries: boolean;
}

/**
 * A scanner for `terms` (regex sources with no capturing groups of their own) under `flags` ("" or "i"; no "u",
 * whose case folding and `\w` differ from what the first characters assume).
 * @example createTermScanner(['\\btrade\\b', '\\benergy\\b'], 'i').scan('Energy and trade')[0].term === 1
 */
export function createTermScanner(terms: readonly string[], flags: '' | 'i'): TermScanner {
  const all = terms.map((_, i) => i);
  // A term anchored with "^" (no "m" flag) can only match at the start of the text.
  const atZero = table(terms, all, flags);
  const notAnchored = all.filter((i) => !terms[i].startsWith('^') || topLevelAlternation(terms[i]));
  const elsewhere = notAnchored.length === all.length ? atZero : table(terms, notAnchored, flags);
  return {
    scan(text) {
      const out: TermMatch[] = [];
      let p = 0;
      while (p <= text.length) {
        const { byCode, other } = p === 0 ? atZero : elsewhere;
        const code = text.charCodeAt(p);
        const bucket = code < 128 ? byCode[code] : other;
        if (!bucket || (bucket.atBoundaries && !isBoundary(text, p))) {
          p++;
          continue;
        }
        bucket.re.lastIndex = p;
        const m = bucket.re.exec(text);
        if (!m) {
          p++;
          continue;
        }
        let g = 1;
        while (m[g] === undefined && g < m.length) g++;
        out.push({ term: bucket.terms[g - 1], index: p, text: m[0] });
        // As a global scan goes on: after the match, one step further when it was empty.
        p = m[0].length ? p + m[0].length : p + 1;
      }
      return out;
    },
  };
}

interface Table {
  /** Buckets by ASCII code (letters folded when ignoring case). */
  byCode: (Bucket | null)[];
  /** The terms that may start with any character: all a character outside ASCII meets. */
  other: Bucket | null;
}

function table(terms: readonly string[], members: number[], flags: '' | 'i'): Table {
  const ignoreCase = flags === 'i';
  const firsts = new Map(members.map((i) => [i, firstChars(terms[i], ignoreCase)]));
  const anyTerms = members.filter((i) => !firsts.get(i));
  const keys = new Set([...firsts.values()].flatMap((f) => (f ? [...f] : [])));
  const byCode: (Bucket | null)[] = new Array(128).fill(null);
  for (const key of keys) {
    const bucket = bucketOf(
      terms,
      members.filter((i) => !firsts.get(i) || firsts.get(i)!.has(key)),
      flags,
    );
    byCode[key.charCodeAt(0)] = bucket;
    if (ignoreCase && key !== key.toUpperCase()) byCode[key.toUpperCase().charCodeAt(0)] = bucket;
  }
  const other = anyTerms.length ? bucketOf(terms, anyTerms, flags) : null;
  for (let c = 0; c < 128; c++) byCode[c] ??= other;
  return { byCode, other };
}

/** Lookbehinds (without groups inside) and then `\b`: the term starts only at a word boundary. */
const AT_BOUNDARY = /^(?:\(\?<[=!][^()]*\))*\\b/;

function bucketOf(terms: readonly string[], members: number[], flags: string): Bucket {
  return {
    re: new RegExp(members.map((i) => `(${terms[i]})`).join('|'), `${flags}y`),
    terms: members,
    atBoundaries: members.every((i) => AT_BOUNDARY.test(terms[i]) && !topLevelAlternation(terms[i])),
  };
}

/** Whether `source` has a "|" outside any group or class ("^a|b": "b" is not anchored). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** `\b` without the "u" flag: ASCII word characters on one side only. */
function isBoundary(text: string, p: number): boolean {
  return isWordCode(text.charCodeAt(p - 1)) !== isWordCode(text.charCodeAt(p));
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
