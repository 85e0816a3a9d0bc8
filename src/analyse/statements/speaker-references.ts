/**
 * @module speaker-references
 * Organisations a statement names without referring to them: the speaker itself, coordinated in
 * the subject before the main verb ("The United States and the European Union remain …"), and an
 * organisation's name used as a modifier ("ASEAN-led mechanisms", "the EU-facilitated
 * Dialogue"; the endings are data: reference-heads.json `modifierSuffixes`).
 */
import type { ReferenceValue } from '../../model/layers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';

const cache = new WeakMap<object, RegExp>();
const COORDINATED = /(?:\b(?:and|as well as)|\bwe\s*,)\s+(?:the\s+)?$/i;

/**
 * The references less the organisations that speak or only qualify; `subjectEnd` is where the
 * statement's main verb starts (null when unknown).
 * @example withoutSpeakers(text, refs, cueStart, lexicons)
 */
export function withoutSpeakers(
  text: string,
  references: ReferenceValue[],
  subjectEnd: number | null,
  lexicons: Pick<Lexicons, 'referenceHeads'>,
): ReferenceValue[] {
  const modifier = modifierPattern(lexicons);
  return references.filter((r) => {
    if (r.type !== 'organization') return true;
    // Coordinated into the subject ("The United States and the European Union remain …"), not a phrase before it
    // ("Based on ties between the GCC countries and …, the leaders …").
    if (subjectEnd !== null && r.end <= subjectEnd && COORDINATED.test(text.slice(Math.max(0, r.start - 16), r.start)))
      return false;
    return !modifier?.test(text.slice(r.end, r.end + 20));
  });
}

function modifierPattern(lexicons: Pick<Lexicons, 'referenceHeads'>): RegExp | null {
  const list = lexicons.referenceHeads.modifierSuffixes;
  if (!list?.words.length) return null;
  let re = cache.get(list);
  if (!re) {
    re = new RegExp(String.raw`^[-‐‑–](?:${list.words.join('|')})\b`, 'i');
    cache.set(list, re);
  }
  return re;
}
