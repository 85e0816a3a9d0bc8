/**
 * @module name-expansion
 * Search that understands names: a query term naming a person, state or body in the knowledge
 * base is widened to every spelling of it — the record's names, aliases, official names and
 * acronyms, and for a person every spelling of the family name in any script (the documents
 * often print only that). The term is recognised by its folded form (`fold`: case, diacritics)
 * or, for people, by its transliteration skeleton, so "Tokaev", "Tokayev" and "Токаев" all
 * name Kassym-Jomart Tokayev. Pure: the knowledge base comes in, an expression goes out.
 */
import type { EntityType } from '../model/layers.ts';
import { fold } from '../knowledge/fold.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { namesOf } from '../knowledge/knowledge-base.ts';
import type { KbRecord, PersonRecord } from '../knowledge/kb-types.ts';
import { skeletonKey, skeletonWord } from '../knowledge/name-skeleton.ts';
import { parseSearchQuery, type SearchExpression, type SearchTerm } from '../store/search-query.ts';

/** The kinds of record a name expands: people, states, bodies. */
const EXPANDED_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'country', 'organization']);
/** Spellings one term may grow into; a record with more keeps its first ones. */
const MAX_VARIANTS = 24;

/** How one query term was widened. */
export interface NameExpansion {
  /** The term as the query wrote it (its words joined by spaces). */
  readonly term: string;
  readonly entityId: string;
  readonly name: string;
  /** The spellings searched instead of the term alone (the term itself included). */
  readonly variants: readonly string[];
}

/** The widened expression and what was widened. */
export interface ExpandedQuery {
  readonly expression: SearchExpression;
  readonly expansions: readonly NameExpansion[];
}

/**
 * Widens every single-term group of `query` that names a known entity.
 * @example expandNames('Tokaev visit', kb).expansions[0].variants.includes('Tokayev')
 */
export function expandNames(query: string, kb: KnowledgeBase): ExpandedQuery {
  const expression = parseSearchQuery(query);
  const expansions: NameExpansion[] = [];
  const widened = expression.map((group) => {
    // A group the user already wrote with OR, or a prefix, is left as written.
    if (group.length !== 1 || group[0].prefix) return group;
    const term = group[0].words.join(' ');
    const record = namedRecord(term, kb);
    if (!record) return group;
    const variants = spellings(record, term);
    expansions.push({ term, entityId: record.id, name: record.name, variants });
    return dedupeTerms([group[0], ...variants.flatMap(phraseTerm)]);
  });
  return { expression: widened, expansions };
}

/** The one record a term names, if exactly one person, state or body does. */
function namedRecord(term: string, kb: KnowledgeBase): KbRecord | undefined {
  const byName = kb.lookup(fold(term)).filter((id) => EXPANDED_TYPES.has(kb.byId.get(id)?.type as EntityType));
  const ids = byName.length ? byName : kb.lookupSkeleton(skeletonKey(term));
  const unique = [...new Set(ids)];
  return unique.length === 1 ? kb.byId.get(unique[0]) : undefined;
}

/** Every spelling of a record, the term first. */
function spellings(record: KbRecord, term: string): string[] {
  const names = namesOf(record);
  const out = [term, ...(record.type === 'person' ? personSpellings(record as PersonRecord, names) : names)];
  const seen = new Set<string>();
  return out
    .filter((s) => {
      const key = fold(s);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_VARIANTS);
}

/**
 * A person's family name as each name and alias spells it (any script), plus the aliases
 * with no recognisable family-name word (e.g. written in Chinese characters), whole.
 */
function personSpellings(person: PersonRecord, names: readonly string[]): string[] {
  const family = person.familyName ? skeletonWord(person.familyName) : undefined;
  const out: string[] = person.familyName ? [person.familyName] : [];
  for (const name of names) {
    const words = name.split(/[\s\-‐-―.,]+/).filter(Boolean);
    const familyWords = family ? words.filter((w) => skeletonWord(w) === family) : [];
    if (familyWords.length) out.push(...familyWords);
    else out.push(name);
  }
  return out;
}

/** A spelling as a phrase term (its words as the index holds them). */
function phraseTerm(spelling: string): SearchTerm[] {
  const [group] = parseSearchQuery(`"${spelling.replaceAll('"', ' ')}"`);
  return group ? [group[0]] : [];
}

function dedupeTerms(terms: readonly SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.words.join(' ')}${t.prefix ? '*' : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
