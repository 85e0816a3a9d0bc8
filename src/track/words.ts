/**
 * @module words
 * The words of a text as the tracker compares them: folded (case, diacritics), with ordinals
 * as numbers ("second", "2nd" → "2"), plurals and British spellings brought to one form
 * ("centres" → "center") and a verb with its nominalisation to one stem ("established",
 * "establishment" → "establish"), each with its offset so a match can be placed in the sentence.
 */
import type { ImplementationLexicon } from './implementation-lexicon.ts';

export interface Word {
  /** The compared form. */
  readonly form: string;
  /** The word as written, folded. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly ordinal: boolean;
}

/**
 * Splits a text into words.
 * @example words('the 2nd Summit', lex).map((w) => w.form) // ['the', '2', 'summit']
 */
export function words(text: string, lex: ImplementationLexicon): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const raw = fold(m[0]).replace(/['’]s$/, '');
    const ordinal = ordinalOf(raw, lex);
    out.push({
      form: ordinal ?? normalise(raw),
      raw,
      start: m.index,
      end: m.index + m[0].length,
      ordinal: ordinal !== undefined,
    });
  }
  return out;
}

/** Case and diacritics folded. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function ordinalOf(raw: string, lex: ImplementationLexicon): string | undefined {
  const named = lex.ordinals.get(raw);
  if (named !== undefined) return String(named);
  const numbered = /^(\d{1,3})(st|nd|rd|th)$/.exec(raw);
  return numbered ? numbered[1] : undefined;
}

/** One form for plural and singular, British and American spelling. */
function normalise(raw: string): string {
  let w = raw;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('tre')) w = `${w.slice(0, -3)}ter`;
  return stem(w.replace(/isation$/, 'ization').replace(/ise$/, 'ize'));
}

/**
 * The verb and its nominalisation brought to one stem, as a report words what a promise
 * named ("establish" / "established" / "establishment", "launch" / "launching", "accelerate"
 * / "accelerated"): the suffixes -ment (leaving six letters at least), -ing, -ed, a doubled
 * last consonant ("planned") and a final e are cut.
 */
function stem(word: string): string {
  let w = word;
  // A stem of six letters at least: "statement" is not "state", nor "agreement" "agree".
  if (w.length >= 10 && w.endsWith('ment')) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w !== word && /([b-df-hj-km-np-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The compared form of one word as written ("Establishment" → "establish"). */
export function formOf(raw: string): string {
  return normalise(fold(raw));
}
