/**
 * @module recognizer
 * Builds, once per knowledge base, the alias matcher over every KB spelling and country
 * adjective; the entity step reuses it for every document.
 */
import {
  createAliasMatcher,
  type AliasEntry,
  type AliasMatcher,
  type CasePolicy,
} from '../../knowledge/alias-matcher.ts';
import type { KbRecord, CountryRecord, OrganizationRecord } from '../../knowledge/kb-types.ts';
import { namesOf, type KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { SpellingLexicon } from '../shared/entity-lexicons.ts';
import type { LocalNames } from '../shared/kb-view.ts';
import { spellingVariants } from './spelling-variants.ts';

/** What an alias stands for: a record, or a country through its adjective. */
export interface AliasPayload {
  readonly id: string;
  readonly adjective: boolean;
}

export interface Recognizer {
  readonly matcher: AliasMatcher<AliasPayload>;
}

const cache = new WeakMap<KnowledgeBase, Recognizer>();

/** The recognizer of a knowledge base (built on first use, then cached). */
export function recognizerFor(kb: KnowledgeBase, spellings: SpellingLexicon, localNames?: LocalNames): Recognizer {
  let r = cache.get(kb);
  if (!r) {
    r = { matcher: createAliasMatcher(aliasEntries(kb, spellings, localNames)) };
    cache.set(kb, r);
  }
  return r;
}

function aliasEntries(
  kb: KnowledgeBase,
  spellings: SpellingLexicon,
  localNames?: LocalNames,
): AliasEntry<AliasPayload>[] {
  const out: AliasEntry<AliasPayload>[] = [];
  for (const r of kb.records()) {
    const payload: AliasPayload = { id: r.id, adjective: false };
    const acronyms = new Set((r as OrganizationRecord).acronyms ?? []);
    // A leading article is not part of a name: "the Shanghai Cooperation Organization’s Anti-Drug
    // Center" must reach the longer name that starts after "the".
    // A name is also found in the other English spelling ("… Maritime Organisation" for "… Organization").
    for (const alias of namesOf(r))
      for (const spelling of [alias, ...spellingVariants(alias, spellings)])
        out.push({
          alias: spelling.replace(/^the\s+/i, ''),
          payload,
          casePolicy: casePolicyOf(r, alias, acronyms.has(alias)),
        });
    if (r.type === 'country') {
      const adj: AliasPayload = { id: r.id, adjective: true };
      for (const a of (r as CountryRecord).adjectives ?? [])
        out.push({ alias: a, payload: adj, casePolicy: 'capitalised' });
      for (const name of localCountryNames(r as CountryRecord, localNames))
        out.push({ alias: name, payload, casePolicy: 'capitalised' });
    }
  }
  return out;
}

/**
 * A state's names in the drafting languages (`languages.json`): a French or Spanish text mentions "l’Équateur",
 * "los Estados Unidos". Those that are also given names or English words ("Chili", "Maurice") stay out.
 */
function localCountryNames(c: CountryRecord, localNames?: LocalNames): string[] {
  if (!localNames) return [];
  return [
    ...localNames.languages.map((l) => c.names?.[l as keyof NonNullable<CountryRecord['names']>]),
    ...(localNames.added?.[c.iso2] ?? []),
  ].filter((n): n is string => !!n && !localNames.excluded.includes(n));
}

// Acronyms must match letter for letter ("UN", never "un"); initiatives and events are
// often printed in lower case by translations ("global development initiative"); other
// proper names need a capital somewhere so common words are not taken for names. An
// initiative's or event's one-word name in capitals of any length is an acronym ("PREPARE",
// "COVAX"), never the common word; a longer capitalised place ("ASTANA") stays capitalised. A loose name with a
// short acronym among its words ("LA Declaration") is matched letter for letter too: in lower case the acronym is a
// word of another language ("la Déclaration").
function casePolicyOf(r: KbRecord, alias: string, isAcronym: boolean): CasePolicy {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  const loose = r.type === 'initiative' || r.type === 'event';
  if (
    isAcronym ||
    (loose && /(?:^|\s)\p{Lu}{2,3}(?=\s)/u.test(alias)) ||
    ((letters.length <= 6 || loose) &&
      letters === letters.toUpperCase() &&
      letters !== letters.toLowerCase() &&
      !alias.includes(' '))
  )
    return 'exact';
  if (loose) return 'any';
  if (!/\p{Lu}/u.test(alias)) return 'any';
  return 'capitalised';
}
