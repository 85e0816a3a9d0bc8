/**
 * @module sticky-scan
 * The matches of a global scan (`text.matchAll`), found by trying a sticky regex only at the positions where a
 * match can start. A big alternation with lookbehinds (dates, figures) costs the regex engine the same at every
 * position; most positions are ruled out by one look at a character. Exact as long as `mayStart` is true wherever
 * a match could start: the first position tried that matches is the leftmost match, its alternatives in order.
 */

/**
 * The non-empty matches of `sticky` (flag `y`, no `g`), left to right, without overlaps, as a global scan finds them.
 * @example stickyScan(/\d+/y, 'a 12 b 3', (t, p) => t[p] >= '0' && t[p] <= '9').map((m) => m[0]) → ['12', '3']
 */
export function stickyScan(
  sticky: RegExp,
  text: string,
  mayStart: (text: string, p: number) => boolean,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!mayStart(text, p)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // A global scan goes on after the match (an empty one would not move it: one step further).
    if (m[0].length) p += m[0].length - 1;
  }
  return out;
}

/**
 * ASCII characters by the positions where they may start a match: `anywhere`, or only `afterNonLetter` (the
 * pattern's branch opens with a lookbehind that rules out a letter before it). Letters are given in lower case and
 * stand for both cases. Any other character (outside ASCII) may start a match anywhere: case folding and currency
 * signs are left to the regex. With `words` (the words a match at a letter must open with, as the branch's word
 * alternation lists them, each at least three letters), a letter of any script is tried only where the next three
 * characters, lower-cased, open one of them: most word starts ("and", "of", "on") open no month name.
 * @example const may = startTable({ anywhere: '0123456789', afterNonLetter: 'ab' }); may('x a', 2) === true
 */
export function startTable(chars: {
  anywhere: Iterable<string>;
  afterNonLetter: Iterable<string>;
  words?: Iterable<string>;
}) {
  const flags = new Uint8Array(128);
  const mark = (c: string, flag: number) => {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || code >= 128) return;
    flags[code] |= flag;
    if (code >= 97 && code <= 122) flags[code - 32] |= flag;
  };
  for (const c of chars.anywhere) mark(c, ANYWHERE);
  for (const c of chars.afterNonLetter) mark(c, AFTER_NON_LETTER);
  const openings = chars.words ? new Set([...chars.words].map((w) => w.slice(0, 3).toLowerCase())) : null;
  // ASCII openings also as numbers, so that most word starts are looked up without making two strings.
  const asciiOpenings = new Set([...(openings ?? [])].map((o) => asciiKey(o, 0)).filter((k) => k >= 0));
  const opensWord = (text: string, p: number) => {
    if (openings === null) return true;
    const key = asciiKey(text, p);
    return key >= 0 ? asciiOpenings.has(key) : openings.has(text.slice(p, p + 3).toLowerCase());
  };
  return (text: string, p: number): boolean => {
    const code = text.charCodeAt(p);
    if (code >= 128) {
      if (openings === null || !LETTER.test(text[p])) return true;
      return opensWord(text, p) && !letterBefore(text, p);
    }
    const f = flags[code];
    if ((f & ANYWHERE) !== 0) return true;
    return (f & AFTER_NON_LETTER) !== 0 && !letterBefore(text, p) && opensWord(text, p);
  };
}

/**
 * The (up to) three characters at `p`, lower-cased, as a number when they are all ASCII, else -1: equal keys for
 * equal lower-cased openings (`code * 256 + c + 1` keeps a shorter opening apart from a longer one).
 */
function asciiKey(text: string, p: number): number {
  let code = 0;
  const end = Math.min(text.length, p + 3);
  for (let i = p; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c > 127) return -1;
    if (c >= 65 && c <= 90) c += 32;
    code = code * 256 + c + 1;
  }
  return code;
}

const ANYWHERE = 1;
const AFTER_NON_LETTER = 2;
const LETTER = /\p{L}/u;

/**
 * Whether a letter (`\p{L}`) stands right before `p`. Half of a surrogate pair counts as none, so a position after
 * one stays a candidate and the regex's own lookbehind decides.
 */
export function letterBefore(text: string, p: number): boolean {
  if (p === 0) return false;
  const c = text.charCodeAt(p - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (c < 0xd800 || c > 0xdfff) && LETTER.test(text[p - 1]);
}
