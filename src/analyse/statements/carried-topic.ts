/**
 * @module carried-topic
 * A statement that names no sector but points back to the one before it ("We welcome the work in this regard.",
 * "To reach this goal, we will …"): drafters write a clause as a topic sentence and then the steps towards it, so
 * such a statement continues the topic of the statement before it (the lexicon's `carriedTopic` phrases).
 */
import type { Lexicons } from '../shared/load-lexicons.ts';

const cache = new WeakMap<object, RegExp>();

/**
 * Whether the text points back to the statement before it.
 * @example carriesTopic('We welcome the work in this regard.', lexicons) → true
 */
export function carriesTopic(text: string, lexicons: Pick<Lexicons, 'sectors'>): boolean {
  const ct = lexicons.sectors.carriedTopic;
  if (!ct?.terms.length) return false;
  let re = cache.get(ct);
  if (!re) {
    re = new RegExp(`\\b(?:${ct.terms.map((t) => t.replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
    cache.set(ct, re);
  }
  return re.test(text);
}
