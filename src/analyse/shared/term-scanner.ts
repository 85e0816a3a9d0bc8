/**
 * @module term-scanner
 * Finds the same matches as one big alternation `(t0)|(t1)|…` scanned left to right, and which term each is,
 * without trying every term at every position: the terms are grouped by the characters they can start with
 * (`regex-first-chars.ts`), and at a position only the terms of the character there are tried, each as its own
 * sticky regex, in the terms' order. The first term that matches at the leftmost position wins, as in the big
 * alternation. Inside a word only the terms that need no word boundary there are tried (`regex-word-start.ts`);
 * a term anchored with `^` is tried at the start only.
 *
 * One regex per term, not one alternation per group: V8 compiles a regex on its first use (again for two-byte
 * strings and again when it tiers up to machine code), and a group's alternation repeats every term that can
 * start with its character, so the groups together were ~5× the terms' source and cost seconds per process.
 * So that few of them are tried at a place, a group is narrowed further by the first `OPENING` characters there
 * (`regex-prefixes.ts`), the narrower lists made as openings are met.
 */
import { firstChars, NON_ASCII } from './regex-first-chars.ts';
import { rememberLatest } from '../../knowledge/remember-latest.ts';
import { regexPrefixes } from './regex-prefixes.ts';
import { startsAtBoundary, topLevelAlternatives } from './regex-word-start.ts';

export interface TermMatch {
  /** Index of the term in the list given. */
  readonly term: number;
  readonly index: number;
  readonly text: string;
}

export interface TermScanner {
  /** The non-overlapping matches of `text`, left to right (shared with other callers for the same text). */
  scan(text: string): readonly TermMatch[];
}

/** Where a term's match at `p` ends, or -1 when it does not match there. */
type Tester = (text: string, p: number) => number;

/** The terms tried at a place: a sticky regex each, in the terms' order. */
interface Candidates {
  res: Tester[];
  /** Term index of each tester. */
  terms: number[];
}

interface Bucket extends Candidates {
  /**
   * The bucket's terms that may start inside a word (not at a word boundary, `regex-word-start.ts`): the bucket
   * itself when all may, null when none.
   */
  inside: Bucket | null;
  /** The bucket's terms whose opening fits the text's first `OPENING` characters (folded), by those characters. */
  byOpening: Map<string | number, Candidates>;
}

/** How many characters at a place choose the terms tried there. */
const OPENING = 3;
/** A bucket forgets the openings it met beyond this many (a long-running process meets ever more). */
const MAX_OPENINGS = 4096;

/**
 * A scanner for `terms` (regex sources with no capturing groups of their own) under `flags` ("" or "i"; no "u",
 * whose case folding and `\w` differ from what the first characters assume). `notFollowedBy`: every term reads
 * as if `(?!notFollowedBy)` closed it.
 * @example createTermScanner(['\\btrade\\b', '\\benergy\\b'], 'i').scan('Energy and trade')[0].term === 1
 */
export function createTermScanner(
  terms: readonly string[],
  flags: '' | 'i',
  options: { notFollowedBy?: string } = {},
): TermScanner {
  const all = terms.map((_, i) => i);
  // Shared by every bucket that holds the term, so that each is compiled once.
  const guard = options.notFollowedBy ? new RegExp(options.notFollowedBy, `${flags}y`) : null;
  const res = terms.map((t) => tester(t, flags, guard));
  const openings = terms.map((t) => regexPrefixes(t, flags === 'i', OPENING));
  // A term anchored with "^" (no "m" flag) can only match at the start of the text.
  const atZero = table(terms, res, all, flags);
  const notAnchored = all.filter((i) => !terms[i].startsWith('^') || topLevelAlternatives(terms[i]).length > 1);
  const elsewhere = notAnchored.length === all.length ? atZero : table(terms, res, notAnchored, flags);
  // Where no term starts inside a word, a place in a word that starts nothing moves on to the word's end.
  const skipWords = elsewhere.byCode.every((b, c) => !b || !b.inside || !isWordCode(c));
  // Rules ask about the same statement again (its cues when splitting it, and again when classifying it).
  const scan = rememberLatest((text: string): readonly TermMatch[] => {
    const out: TermMatch[] = [];
    let p = 0;
    while (p <= text.length) {
      const { byCode, other } = p === 0 ? atZero : elsewhere;
      const code = text.charCodeAt(p);
      let bucket = code < 128 ? byCode[code] : other;
      if (bucket && bucket.inside !== bucket && !isBoundary(text, p)) bucket = bucket.inside;
      if (!bucket) {
        p = skipWords ? nextPlace(text, p) : p + 1;
        continue;
      }
      const candidates = candidatesAt(bucket, openings, text, p, flags === 'i');
      const hit = firstMatch(candidates, text, p);
      if (hit < 0) {
        p = skipWords ? nextPlace(text, p) : p + 1;
        continue;
      }
      const end = matchEnd;
      out.push({ term: candidates.terms[hit], index: p, text: text.slice(p, end) });
      // As a global scan goes on: after the match, one step further when it was empty.
      p = end > p ? end : p + 1;
    }
    return out;
  }, 256);
  return { scan };
}

/** The terms of `bucket` whose openings fit the text at `p`. */
function candidatesAt(
  bucket: Bucket,
  openings: readonly (ReadonlySet<string> | null)[],
  text: string,
  p: number,
  ignoreCase: boolean,
): Candidates {
  // Mostly ASCII: its characters make a number, no string is made at every place tried.
  const code = asciiOpening(text, p, ignoreCase);
  const id = code >= 0 ? code : foldedOpening(text, p, ignoreCase);
  let c = bucket.byOpening.get(id);
  if (!c) {
    const key = typeof id === 'string' ? id : foldedOpening(text, p, ignoreCase);
    const fit = bucket.terms
      .map((term, k) => ({ term, re: bucket.res[k] }))
      .filter(({ term }) => {
        const o = openings[term];
        return !o || [...o].some((s) => key.startsWith(s));
      });
    c = { res: fit.map((f) => f.re), terms: fit.map((f) => f.term) };
    if (bucket.byOpening.size >= MAX_OPENINGS) bucket.byOpening.clear();
    bucket.byOpening.set(id, c);
  }
  return c;
}

/** The text's first `OPENING` characters at `p`, lower-cased when ignoring case. */
function foldedOpening(text: string, p: number, ignoreCase: boolean): string {
  const raw = text.slice(p, p + OPENING);
  // Lower-casing may also fold a non-ASCII character onto an ASCII one: more terms tried, none missed.
  return ignoreCase ? raw.toLowerCase() : raw;
}

/**
 * The text's first `OPENING` characters at `p` as a number when they are ASCII (letters folded when ignoring case;
 * fewer at the text's end), else -1.
 */
function asciiOpening(text: string, p: number, ignoreCase: boolean): number {
  let code = 0;
  const end = Math.min(text.length, p + OPENING);
  for (let i = p; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (ignoreCase && c >= 65 && c <= 90) c += 32;
    code = code * 256 + c + 1;
  }
  return code;
}

/** Where the match `firstMatch` found last ends. */
let matchEnd = -1;

/** The first candidate (its place in the list) that matches at `p`, or -1; the match ends at `matchEnd`. */
function firstMatch(candidates: Candidates, text: string, p: number): number {
  const { res } = candidates;
  for (let k = 0; k < res.length; k++) {
    matchEnd = res[k](text, p);
    if (matchEnd >= 0) return k;
  }
  return -1;
}

/**
 * A term's tester. With a guard, the term is compiled without it (a long guard repeated in hundreds of terms cost
 * V8 most of their compiling): where its match is not followed by the guard, the term with the guard closing it
 * ends there too (backtracking reaches that end first either way); only where it is, the whole term is compiled
 * and tried, to backtrack to another end as the one regex would.
 */
function tester(source: string, flags: string, guard: RegExp | null): Tester {
  const re = new RegExp(source, `${flags}y`);
  let whole: RegExp | null = null;
  return (text, p) => {
    re.lastIndex = p;
    if (!re.test(text)) return -1;
    if (!guard) return re.lastIndex;
    guard.lastIndex = re.lastIndex;
    if (!guard.test(text)) return re.lastIndex;
    whole ??= new RegExp(`${source}(?!${guard.source})`, `${flags}y`);
    whole.lastIndex = p;
    return whole.test(text) ? whole.lastIndex : -1;
  };
}

interface Table {
  /** Buckets by ASCII code (letters folded when ignoring case). */
  byCode: (Bucket | null)[];
  /** The terms a character outside ASCII meets: those that may start with any character or a non-ASCII one. */
  other: Bucket | null;
}

function table(terms: readonly string[], res: readonly Tester[], members: number[], flags: '' | 'i'): Table {
  const ignoreCase = flags === 'i';
  const firsts = new Map(members.map((i) => [i, firstChars(terms[i], ignoreCase)]));
  const anyTerms = members.filter((i) => !firsts.get(i));
  const keys = new Set([...firsts.values()].flatMap((f) => (f ? [...f] : [])));
  keys.delete(NON_ASCII);
  // Read once per term, not once per bucket that holds it.
  const atWordStart = new Map(members.map((i) => [i, startsAtBoundary(terms[i], true)]));
  const atAnyStart = new Map(members.map((i) => [i, startsAtBoundary(terms[i], false)]));
  const byCode: (Bucket | null)[] = new Array(128).fill(null);
  for (const key of keys) {
    const bucket = bucketOf(
      res,
      members.filter((i) => !firsts.get(i) || firsts.get(i)!.has(key)),
      /^\w$/.test(key) ? atWordStart : atAnyStart,
    );
    byCode[key.charCodeAt(0)] = bucket;
    if (ignoreCase && key !== key.toUpperCase()) byCode[key.toUpperCase().charCodeAt(0)] = bucket;
  }
  // A term opening with a non-ASCII letter meets only characters outside ASCII.
  const outside = members.filter((i) => !firsts.get(i) || firsts.get(i)!.has(NON_ASCII));
  const other = outside.length ? bucketOf(res, outside, atAnyStart) : null;
  const anyAscii = anyTerms.length ? bucketOf(res, anyTerms, atAnyStart) : null;
  for (let c = 0; c < 128; c++) byCode[c] ??= anyAscii;
  return { byCode, other };
}

/** A bucket of `members`; `atBoundary`: whether each starts only at a word boundary in this bucket. */
function bucketOf(res: readonly Tester[], members: number[], atBoundary: ReadonlyMap<number, boolean>): Bucket {
  const loose = members.filter((i) => !atBoundary.get(i));
  const bucket: Bucket = { res: members.map((i) => res[i]), terms: members, byOpening: new Map(), inside: null };
  if (loose.length === members.length) bucket.inside = bucket;
  else if (loose.length) {
    const inside: Bucket = { res: loose.map((i) => res[i]), terms: loose, byOpening: new Map(), inside: null };
    inside.inside = inside;
    bucket.inside = inside;
  }
  return bucket;
}

/** The place after `p`, or past the rest of the word when `p` is in one (no word boundary inside it). */
function nextPlace(text: string, p: number): number {
  if (!isWordCode(text.charCodeAt(p))) return p + 1;
  let q = p + 1;
  while (isWordCode(text.charCodeAt(q))) q++;
  return q;
}

/** `\b` without the "u" flag: ASCII word characters on one side only. */
function isBoundary(text: string, p: number): boolean {
  return isWordCode(text.charCodeAt(p - 1)) !== isWordCode(text.charCodeAt(p));
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
