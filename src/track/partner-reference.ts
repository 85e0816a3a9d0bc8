/**
 * @module partner-reference
 * A promise's own parties are not what it promises: "the United States and the European Union
 * will establish a dialogue" names the EU as a maker of the promise, so a later sentence naming
 * the EU (as nearly every later text of the format does) says nothing about the dialogue. A
 * reference is a party when its name, or the initials of its name ("European Union" → EU), is a
 * word of the format's name or one of the statement's actors.
 */
import type { ReferenceValue } from '../model/layers.ts';
import { fold } from './words.ts';

/**
 * @example
 * isPartyReference({ type: 'organization', name: 'European Union' }, new Set(['eu', 'us']), [], lex.fillerWords)
 */
export function isPartyReference(
  ref: Pick<ReferenceValue, 'type' | 'name'>,
  formatWords: ReadonlySet<string>,
  actors: readonly string[],
  fillerWords: ReadonlySet<string> = new Set(),
): boolean {
  if (ref.type !== 'organization') return false;
  const parties = new Set([...formatWords, ...actors.map((a) => a.toLowerCase())]);
  const words = fold(ref.name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // Initials of the content words ("Association of Southeast Asian Nations" → asean).
  const initials = words
    .filter((w) => !fillerWords.has(w))
    .map((w) => w[0])
    .join('');
  return parties.has(words.join(' ')) || (words.length > 1 && parties.has(initials));
}
