/**
 * @module tokenize
 * A fast, offset-keeping word tokenizer shared by the alias matcher and the entity rules.
 * Words are runs of letters and digits (an inner apostrophe is kept, a possessive 's is cut
 * off), `+` is a word of its own ("C5+1", "China+Central Asia"); everything else separates.
 */
import { foldChar } from './fold.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** Folded form: lower case, no diacritics, no inner apostrophes. */
  readonly norm: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Every letter is upper case (and there are at least two). */
  readonly upper: boolean;
  /** A possessive 's / ’s follows the word. */
  readonly possessive: boolean;
  /**
   * True when only spaces, dashes, quotes, `+` or a single line break separate this token
   * from the previous one, so a multi-word name may run across the gap; false after a comma,
   * full stop, bracket, colon, blank line and the like (and for the first token).
   */
  readonly joined: boolean;
  /** A full stop directly follows the word ("K." in "K.K. Tokayev", "Mr."). */
  readonly dotAfter: boolean;
}

enum Cls {
  Other = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  Joiner = 4,
  Apostrophe = 5,
  Newline = 6,
  Plus = 7,
}

/** The lower-case letters French elides before a vowel: "l’", "d’" (the article and "de" before a name). */
const ELIDED = new Set([108, 100]);

const classCache = new Uint8Array(65536);
const upperCache = new Uint8Array(65536);
let classCacheReady = false;

function initClasses(): void {
  for (let c = 0; c < 65536; c++) {
    classCache[c] = classify(c);
    const ch = String.fromCharCode(c);
    upperCache[c] = classCache[c] === Cls.Letter && ch !== ch.toLowerCase() ? 1 : 0;
  }
  classCacheReady = true;
}

function classify(c: number): Cls {
  if (c === 10 || c === 13) return Cls.Newline;
  if (c === 43) return Cls.Plus;
  if (c === 39 || c === 0x2019 || c === 0x60) return Cls.Apostrophe;
  if (c >= 0xd800 && c <= 0xdfff) return Cls.Other;
  const ch = String.fromCharCode(c);
  if (/\s/.test(ch)) return Cls.Space;
  if (/[‐‑‒–—―\-“”„«»"‘´]/.test(ch)) return Cls.Joiner;
  if (/\p{L}|\p{M}/u.test(ch)) return Cls.Letter;
  if (/\p{N}/u.test(ch)) return Cls.Digit;
  return Cls.Other;
}

/**
 * Splits text into tokens with exact UTF-16 offsets, in one linear pass.
 * @example tokenize("Kazakhstan's role").map((t) => t.norm) // ['kazakhstan', 'role']
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (!classCacheReady) initClasses();
  const tokens: Token[] = [];
  let joined = false;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    const cls = classCache[c] as Cls;
    if (cls === Cls.Letter || cls === Cls.Digit) {
      const start = i;
      let norm = '';
      let letters = 0,
        uppers = 0;
      let possessive = false;
      let elision = false;
      // A word of ASCII letters and digits only folds to its lower case: sliced at once, not built a letter at a time.
      let ascii = true;
      while (i < to) {
        const d = text.charCodeAt(i);
        const k = classCache[d] as Cls;
        if (k === Cls.Letter || k === Cls.Digit) {
          if (k === Cls.Letter) {
            letters++;
            uppers += upperCache[d];
          }
          if (d >= 128 && ascii) {
            norm = text.slice(start, i).toLowerCase();
            ascii = false;
          }
          if (!ascii) norm += foldChar(d);
          i++;
        } else if (k === Cls.Apostrophe && i + 1 < to && (classCache[text.charCodeAt(i + 1)] as Cls) === Cls.Letter) {
          // French elision before a name ("l’Argentine", "d’Haïti"): the article is a word of its own, the name
          // another, joined to it.
          if (i === start + 1 && ELIDED.has(text.charCodeAt(start)) && upperCache[text.charCodeAt(i + 1)] === 1) {
            elision = true;
            break;
          }
          // 's followed by a non-letter is a possessive: cut it off the word.
          const n1 = text.charCodeAt(i + 1);
          const after = i + 2 < to ? (classCache[text.charCodeAt(i + 2)] as Cls) : Cls.Space;
          if ((n1 === 115 || n1 === 83) && after !== Cls.Letter && after !== Cls.Digit) {
            possessive = true;
            break;
          }
          if (ascii) norm = text.slice(start, i).toLowerCase();
          ascii = false;
          i++;
        } else break;
      }
      if (ascii) norm = text.slice(start, i).toLowerCase();
      const cap = upperCache[text.charCodeAt(start)] === 1;
      tokens.push({
        start,
        end: i,
        norm,
        cap,
        upper: letters >= 2 && uppers === letters,
        possessive,
        joined,
        dotAfter: text.charCodeAt(i) === 46,
      });
      if (possessive) i += 2;
      if (elision) i += 1;
      joined = true;
    } else if (cls === Cls.Plus) {
      tokens.push({
        start: i,
        end: i + 1,
        norm: '+',
        cap: false,
        upper: false,
        possessive: false,
        joined,
        dotAfter: false,
      });
      i++;
      joined = true;
    } else if (cls === Cls.Newline) {
      // One line break is a soft wrap inside a sentence; a blank line ends the paragraph.
      let breaks = 0;
      while (i < to) {
        const k = classCache[text.charCodeAt(i)] as Cls;
        if (k === Cls.Newline) {
          if (text.charCodeAt(i) === 10) breaks++;
        } else if (k !== Cls.Space) break;
        i++;
      }
      if (breaks > 1) joined = false;
    } else {
      // "U.S.-Africa": an abbreviation's full stop before a hyphen runs on into one compound.
      if (cls !== Cls.Space && cls !== Cls.Joiner && !(c === 46 && text.charCodeAt(i + 1) === 45)) joined = false;
      i++;
    }
  }
  return tokens;
}
