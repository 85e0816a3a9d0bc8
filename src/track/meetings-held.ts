/**
 * @module meetings-held
 * A promise to meet again ("our leaders will meet regularly") is kept by a later report of the
 * format's meetings held, written as the format's name before a meeting noun: "hosted two Pacific
 * Islands Forum Summits", "the second ASEAN–US Summit was held". The meeting noun must say the
 * meetings are several (a plural) or not the first (an ordinal after one), since a report of the
 * meeting that made the promise names it in the singular ("the summit held in May").
 */
import type { ImplementationLexicon } from './implementation-lexicon.ts';
import type { TermMatch } from './object-terms.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import { formOf } from './word-form.ts';
import type { Word } from './words.ts';

/**
 * Where a sentence names meetings of the promise's format, if it does and the promise is to meet again.
 * @example meetingsNamed(meetRegularly, words('hosted two Andean Forum summits', lex), lex) // { start, end }
 */
export function meetingsNamed(c: TrackedCommitment, ws: readonly Word[], lex: ImplementationLexicon): TermMatch | null {
  if (!c.meetsAgain || !c.format) return null;
  const partners = c.format
    .split(/\s*[–—-]\s*/)
    .map((p) =>
      p
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .at(-1),
    )
    .filter((w): w is string => !!w)
    .map(formOf);
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    const levels = lex.meetingNouns.get(w.form);
    if (!levels || w.raw === w.form || !w.raw.endsWith('s')) continue;
    if (levels.length && c.level && !levels.includes(c.level)) continue;
    // The word before the noun, past the nouns of a body's name ("Pacific Islands Forum Summits").
    let j = i - 1;
    while (j > 0 && lex.organisationNouns.has(ws[j].form)) j--;
    if (partners.includes(ws[j].form)) return { start: ws[j].start, end: w.end };
  }
  return null;
}
