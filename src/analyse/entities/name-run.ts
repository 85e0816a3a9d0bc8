/**
 * @module name-run
 * Finds runs of tokens shaped like a person's name: capitalised words, initials ("K.K.",
 * "Sh.M."), and the particles of Arabic and European names ("bin", "Al", "van").
 */
import type { Token } from '../../knowledge/tokenize.ts';
import type { Scan } from './scan.ts';

const PARTICLES = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'ul', 'van', 'von', 'de', 'da', 'di']);
const MAX_NAME_TOKENS = 7;

/** A name-shaped run of tokens `[from, to)` and the initials that open it. */
export interface NameRun {
  readonly from: number;
  readonly to: number;
  /** Folded initials before the first full word ("S.G. Berdimuhamedov" → "sg"), or "". */
  readonly initials: string;
  /** Index of the first token after the initials. */
  readonly wordsFrom: number;
}

/** True for an initial: one or two letters followed by a full stop ("K.", "Sh."). */
export function isInitial(t: Token): boolean {
  return t.dotAfter && t.norm.length <= 2 && t.cap && !/\d/.test(t.norm);
}

/** True when a token may be a word of a name (capitalised, not a stop word, role or head noun). */
export function nameWord(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (!t?.cap || scan.covered[k] >= 0 || /\d/.test(t.norm) || t.norm.length < 2) return false;
  const { lex } = scan;
  return (
    !lex.nameStopwords.has(t.norm) &&
    !lex.roleHeads.has(t.norm) &&
    !lex.roleModifiers.has(t.norm) &&
    (!lex.orgHeads.has(t.norm) || headAsName(scan, k)) &&
    !lex.eventHeads.has(t.norm) &&
    !lex.honorifics.has(t.norm) &&
    !scan.kb.lookupAdjective(t.norm).length
  );
}

/**
 * True when a word that heads names of bodies ("Park", "House") stands as a name here: a head
 * needs a capitalised modifier before it ("Industrial Park"), so one that opens a run of name
 * words ("Park Sung-ho", "Park Jin") or is hyphenated into one ("Lee Park-hoon") is a name.
 */
function headAsName(scan: Scan, k: number): boolean {
  const { tokens, text } = scan;
  const t = tokens[k],
    prev = tokens[k - 1],
    next = tokens[k + 1];
  const hyphen = (a: { end: number }, b: { start: number }) => text.slice(a.end, b.start) === '-';
  if (next && hyphen(t, next) && /^\p{L}+$/u.test(next.norm)) return true;
  if (prev && hyphen(prev, t)) return true;
  // A title before it ("Minister Park") is no modifier of a body.
  const modified =
    !!prev &&
    t.joined &&
    prev.cap &&
    !scan.lex.openers.has(prev.norm) &&
    !prev.dotAfter &&
    !scan.lex.roleHeads.has(prev.norm);
  return (
    !modified &&
    !!next &&
    next.joined &&
    next.cap &&
    !scan.lex.orgHeads.has(next.norm) &&
    !scan.lex.nameStopwords.has(next.norm)
  );
}

/** The name-shaped run starting at token `i`, or undefined. */
export function nameRunAt(scan: Scan, i: number): NameRun | undefined {
  const { tokens } = scan;
  let k = i;
  let initials = '';
  while (k < tokens.length && isInitial(tokens[k]) && scan.covered[k] < 0 && (k === i || tokens[k - 1].dotAfter)) {
    initials += tokens[k].norm[0];
    k++;
  }
  const wordsFrom = k;
  if (!nameWord(scan, k) || (k > i && !tokens[k - 1].dotAfter && !tokens[k].joined)) return undefined;
  k++;
  while (k < tokens.length && k - i < MAX_NAME_TOKENS) {
    const t = tokens[k];
    if (!t.joined || tokens[k - 1].possessive) break;
    if (nameWord(scan, k)) {
      k++;
      continue;
    }
    // "Kim Hong-kyun": a lower-case part hyphenated to a name word belongs to it ("Tokayev-led" does not).
    if (
      !t.cap &&
      scan.text.slice(tokens[k - 1].end, t.start) === '-' &&
      /^\p{L}+$/u.test(t.norm) &&
      !scan.lex.hyphenSuffixes.has(t.norm) &&
      k - 1 >= wordsFrom
    ) {
      k++;
      continue;
    }
    // "David W. Panuelo": a middle initial between two name words.
    if (isInitial(t) && nameWord(scan, k + 1) && /^\.\s+$/.test(scan.text.slice(t.end, tokens[k + 1].start))) {
      k += 2;
      continue;
    }
    // A particle belongs to the name only when a name word follows it.
    if ((PARTICLES.has(t.norm) || t.norm === 'al') && nameWord(scan, k + 1) && tokens[k + 1].joined) {
      k += 2;
      continue;
    }
    break;
  }
  // "Joseph R. Biden, Jr.", "John Smith III": a generational suffix closes the name.
  const suffix = tokens[k];
  if (
    suffix &&
    k - wordsFrom >= 2 &&
    scan.covered[k] < 0 &&
    scan.lex.nameSuffixes.has(suffix.norm) &&
    /^,?[ \t]+$/.test(scan.text.slice(tokens[k - 1].end, suffix.start))
  )
    k++;
  return { from: i, to: k, initials, wordsFrom };
}
