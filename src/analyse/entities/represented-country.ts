/**
 * @module represented-country
 * The state a participant represents: the country their role names, none for an official of an
 * international organisation ("UN Secretary-General", "President of the European Council"),
 * else the country the knowledge base or the text ties them to.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { OrganizationRecord, PersonRecord, Membership } from '../../knowledge/kb-types.ts';
import { fold } from '../../knowledge/fold.ts';
import type { EntityLexicons } from '../shared/entity-lexicons.ts';
import type { EntityMentionDetail } from './entity-mention.ts';
import { activeOn, roleKeys } from './person-resolver.ts';
import { isDestination } from './destination-country.ts';

/** A participant's role as printed and where it lies in the text. */
export interface PrintedRole {
  readonly role: string;
  readonly start: number;
  readonly end: number;
}

/** What the country of a participant is read from. */
export interface RepresentedInput {
  readonly text: string;
  readonly person: EntityMentionDetail;
  readonly role: PrintedRole;
  readonly mentions: readonly Annotation[];
  readonly kb: KnowledgeBase;
  readonly lex: EntityLexicons;
  /** The document's date (ISO), to pick the post held then. */
  readonly date?: string;
}

/**
 * The ISO2 code of the state the person represents in this role, or null for an official of an
 * international organisation.
 * @example representedCountry({ …, role: { role: 'UN Secretary-General', … } }) === null
 */
export function representedCountry(input: RepresentedInput): string | null {
  const { person, kb } = input;
  // The post the knowledge base records for this role says it best; a role printed in a list
  // can sit next to the wrong name ("President of Kazakhstan" before another president).
  const post = postFor(input);
  if (post) return post.country ?? (nationalOrganisation(kb, post.organization) ? (person.country ?? null) : null);
  const named = countryNamedIn(input);
  if (!named && internationalBodyIn(input)) return null;
  if (person.known && person.country) return person.country;
  return named ?? person.country ?? null;
}

// "Minister of Foreign Affairs of Kazakhstan", "Chinese Foreign Minister": a country mention inside
// the role, unless it follows "to" ("Ambassador of Turkmenistan to China" serves in China).
function countryNamedIn({ text, role, mentions }: RepresentedInput): string | undefined {
  for (const m of mentions) {
    const v = m.value as EntityMentionDetail;
    if (v.type !== 'country' || !v.country || m.start < role.start || m.end > role.end) continue;
    if (!isDestination(text, m.start)) return v.country;
  }
  return undefined;
}

// "UN Secretary-General", "President of the European Council": the role names a body of the
// knowledge base that belongs to no state.
// A body not listed but opened by a listed one ("UN Regional Center for …") belongs to that one.
function internationalBodyIn({ text, role, mentions, kb }: RepresentedInput): boolean {
  const stateless = (id: string) => {
    const rec = kb.byId.get(id) as OrganizationRecord | undefined;
    return !!rec && rec.type === 'organization' && !rec.country;
  };
  return mentions.some((m) => {
    const v = m.value as EntityMentionDetail;
    if (v.type !== 'organization' || m.start < role.start || m.end > role.end) return false;
    if (v.known) return stateless(v.entityId);
    const first = /^[\p{L}\p{N}]+/u.exec(text.slice(m.start, m.end))?.[0];
    return !!first && kb.lookup(fold(first)).some(stateless);
  });
}

// The knowledge-base post the printed role names, preferring one held on the document's date.
function postFor({ person, role, kb, lex, date }: RepresentedInput): Membership | undefined {
  const rec = person.known ? (kb.byId.get(person.entityId) as PersonRecord | undefined) : undefined;
  const posts = rec?.type === 'person' ? (rec.memberships ?? []) : [];
  if (!posts.length) return undefined;
  const wanted = roleKeys(role.role, lex);
  const printed = ` ${fold(role.role)} `;
  const matches = posts.filter(
    (m) => roleKeys(m.role, lex).some((k) => wanted.includes(k)) || printed.includes(` ${fold(m.role)} `),
  );
  return matches.find((m) => activeOn(m, date)) ?? (date ? undefined : matches[0]);
}

// True when the post belongs to a government ("gov:KZ") or a national body of the knowledge base.
function nationalOrganisation(kb: KnowledgeBase, id: string | undefined): boolean {
  if (!id || id.startsWith('gov:')) return true;
  const rec = kb.byId.get(id) as OrganizationRecord | undefined;
  return !rec || !!rec.country;
}
