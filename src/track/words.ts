/**
 * @module words
 * The words of a text as the tracker compares them: folded (case, diacritics), with ordinals
 * as numbers ("second", "2nd" → "2"), plurals and British spellings brought to one form
 * ("centres" → "center") and a verb with its nominalisation to one stem ("established",
 * "establishment" → "establish"), each with its offset so a match can be placed in the sentence.
 */
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import { fold, normalise } from './word-form.ts';

export { fold, formOf } from './word-form.ts';

export interface Word {
  /** The compared form. */
  readonly form: string;
  /** The word as written, folded. */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly ordinal: boolean;
  /** Written with two capitals or more ("PGII", "AfCFTA", "G7"): an acronym, not the word it spells ("ERA", "era"). */
  readonly capitals?: boolean;
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
      ...(CAPITALS.test(m[0]) ? { capitals: true } : {}),
    });
  }
  return out;
}

/** Two capital letters at least (an acronym as written). */
const CAPITALS = /\p{Lu}.*\p{Lu}/u;

function ordinalOf(raw: string, lex: ImplementationLexicon): string | undefined {
  const named = lex.ordinals.get(raw);
  if (named !== undefined) return String(named);
  const numbered = /^(\d{1,3})(st|nd|rd|th)$/.exec(raw);
  return numbered ? numbered[1] : undefined;
}
