/**
 * @module chair-narrative
 * In a chair's statement or summary, a sentence that tells what the leaders or the chair did at the meeting ("we
 * reiterated our respective positions", "Some Leaders objected to …") is a record, not a position: the subject and
 * a past-tense verb say so (`modality.json` chairNarrative). The present tense ("Most members condemn …") keeps
 * the cue's kind.
 */
import type { Lexicons } from '../shared/load-lexicons.ts';

const cache = new WeakMap<object, { subject: RegExp; irregular: Set<string>; notPast: Set<string> }>();

/**
 * Whether a chair's sentence narrates the meeting in the past tense.
 * @example narratesMeeting('Some Leaders objected to the inclusion of this language.', lexicons) === true
 */
export function narratesMeeting(sentence: string, lexicons: Pick<Lexicons, 'modality'>): boolean {
  return narrativeVerbAt(sentence, lexicons) !== null;
}

/**
 * Where the past-tense verb of a chair's narrative sentence begins (its subject is before it), or null.
 * @example narrativeVerbAt('Some Leaders objected to it.', lexicons) === 13
 */
export function narrativeVerbAt(sentence: string, lexicons: Pick<Lexicons, 'modality'>): number | null {
  const n = lexicons.modality.chairNarrative;
  let c = cache.get(n);
  if (!c) {
    // The subject, an optional parenthetical ("Leaders, including the United States,") and adverbs, then the verb.
    const subject = new RegExp(
      String.raw`(?:^|[,;]\s*)(?:${n.subjects.join('|')})(?:,[^,.;]{1,60},)?\s+` +
        String.raw`(?:(?:also|further|again|all|\w+ly)\s+)*([a-z]+)\b`,
      'i',
    );
    c = { subject, irregular: new Set(n.irregularPasts), notPast: new Set(n.notPasts) };
    cache.set(n, c);
  }
  const m = c.subject.exec(sentence);
  const verb = m?.[1]?.toLowerCase();
  if (!m || !verb) return null;
  const past = (verb.length > 3 && verb.endsWith('ed') && !c.notPast.has(verb)) || c.irregular.has(verb);
  return past ? m.index + m[0].length - verb.length : null;
}
