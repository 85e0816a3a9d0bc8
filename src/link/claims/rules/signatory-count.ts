/**
 * @module signatory-count
 * How many signatories a claim counts: "six countries", "19 other leaders", and the one named
 * before or after it ("he and 19 of the region's leaders signed" is twenty, "the five Central
 * Asian states and China" six). News counts the speaker or host apart from the rest, so a count
 * joined to a name or pronoun ("and", "along with") counts one more. A number inside a format's
 * name ("C5+1", "G-20 leaders") and an adjective ("1 Ministerial Meeting") count nothing.
 */
import { sharedFigureLexicon } from '../../../analyse/shared/figure-lexicon.ts';
import { verdictCues } from './verdict-cues.ts';

export interface SignatoryCount {
  readonly value: number;
  /** "nearly 20 countries", "more than 20 leaders": not a count to compare exactly. */
  readonly approximate: boolean;
}

let pattern: RegExp | undefined;

function countPattern(): RegExp {
  if (pattern) return pattern;
  const cues = verdictCues().count;
  const figures = sharedFigureLexicon();
  const words = Object.keys(figures.numberWords).join('|');
  const approx = figures.approximations.map((a) => a.pattern).join('|');
  const joiner = String.raw`\s+(?:${cues.joiners})\s+`;
  pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}+\-/])(?:(\p{L}+)${joiner}(?:the\s+)?)?(?:(${approx})\s+)?(\d{1,3}|${words})\s+` +
      String.raw`(?:(?:${cues.companions})\s+)?((?:\p{L}[\p{L}-]*\s+){0,2})(?:${cues.stateNouns})(?!ial\b)\p{L}*` +
      String.raw`(?:${joiner}(\p{L}+))?`,
    'giu',
  );
  return pattern;
}

/**
 * The first count of states or their leaders the claim gives, or null.
 * @example signatoryCount('He and 19 other leaders signed the pact.') // { value: 20, approximate: false }
 */
export function signatoryCount(text: string): SignatoryCount | null {
  for (const m of text.matchAll(countPattern())) {
    const [, before, approx, number, names, after] = m;
    // Words between the count and its noun are a name ("five Central Asian states"), not any words.
    if (!names.split(/\s+/).every((w) => w === '' || CAPITAL.test(w))) continue;
    const n = /^\d+$/.test(number) ? Number(number) : sharedFigureLexicon().numberWords[number.toLowerCase()];
    if (!n) continue;
    // "Mexico and 20 countries", "he and 19 leaders", "the five states and China": the one named apart is one more.
    const apart = (before === undefined ? 0 : 1) + (after !== undefined && CAPITAL.test(after) ? 1 : 0);
    return { value: n + apart, approximate: approx !== undefined };
  }
  return null;
}

/** A word that starts with a capital letter (the pattern is case-insensitive, so it is checked apart). */
const CAPITAL = /^\p{Lu}/u;
