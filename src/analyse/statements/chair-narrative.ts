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
  const verb = c.subject.exec(sentence)?.[1]?.toLowerCase();
  return !!verb && ((verb.length > 3 && verb.endsWith('ed') && !c.notPast.has(verb)) || c.irregular.has(verb));
}
