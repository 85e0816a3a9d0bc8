/**
 * @module knowledge-base
 * The in-memory knowledge base: the records of `data/kb/*.json` with the indexes the linker
 * needs, built once. Format meetings become event records of their own (`MeetingRecord`).
 */
import type { EntityType } from '../model/layers.ts';
import type {
  CountryRecord,
  EventRecord,
  FormatMeeting,
  KbRecord,
  OrganizationRecord,
  PersonRecord,
} from './kb-types.ts';
import { fold } from './fold.ts';
import { skeletonKey } from './name-skeleton.ts';

/** A format meeting lifted to an event record, with a link back to its format. */
export interface MeetingRecord extends EventRecord {
  readonly formatId: string;
  readonly meeting: FormatMeeting;
}

export interface KnowledgeBase {
  readonly byId: ReadonlyMap<string, KbRecord>;
  /** Countries by ISO 3166-1 alpha-2 and alpha-3 code (upper case). */
  readonly countryByCode: ReadonlyMap<string, CountryRecord>;
  /** Every record, meetings included. */
  records(): readonly KbRecord[];
  ofType(type: EntityType): readonly KbRecord[];
  countries(): readonly CountryRecord[];
  people(): readonly PersonRecord[];
  /** Organisations that are multilateral formats (carry `format`). */
  formats(): readonly OrganizationRecord[];
  /** Meeting records of a format, in date order. */
  meetingsOf(formatId: string): readonly MeetingRecord[];
  /** Ids whose name, alias, official name or acronym folds to `folded` (see `fold`). */
  lookup(folded: string): readonly string[];
  /** Country ids whose adjective folds to `folded` ("kazakh" → country:KZ). */
  lookupAdjective(folded: string): readonly string[];
  /** Person ids whose full name (either order) or family name has this skeleton key. */
  lookupSkeleton(key: string): readonly string[];
  /** Records skipped while loading, with the reason. */
  readonly warnings: readonly string[];
}

/**
 * Builds a knowledge base from records (already read and checked).
 * @example buildKnowledgeBase([{ id: 'country:KZ', type: 'country', name: 'Kazakhstan', aliases: [], sources: [], iso2:
 * 'KZ', iso3: 'KAZ', official: 'Republic of Kazakhstan', adjectives: ['Kazakh'] }])
 */
export function buildKnowledgeBase(input: readonly KbRecord[], warnings: readonly string[] = []): KnowledgeBase {
  const records: KbRecord[] = [];
  const byId = new Map<string, KbRecord>();
  const add = (r: KbRecord) => {
    if (!byId.has(r.id)) {
      byId.set(r.id, r);
      records.push(r);
    }
  };
  const meetings = new Map<string, MeetingRecord[]>();
  for (const r of input) {
    add(r);
    const format = (r as OrganizationRecord).format;
    if (r.type === 'organization' && format) {
      const list = format.meetings.map((m) => toMeetingRecord(r.id, m));
      list.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
      meetings.set(r.id, list);
      list.forEach(add);
    }
  }
  const countryByCode = new Map<string, CountryRecord>();
  const names = new Map<string, string[]>();
  const adjectives = new Map<string, string[]>();
  const skeletons = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, id: string) => {
    if (!k) return;
    const l = m.get(k);
    if (!l) m.set(k, [id]);
    else if (!l.includes(id)) l.push(id);
  };
  for (const r of records) {
    for (const n of namesOf(r)) push(names, fold(n), r.id);
    if (r.type === 'country') {
      const c = r as CountryRecord;
      if (c.iso2) countryByCode.set(c.iso2.toUpperCase(), c);
      if (c.iso3) countryByCode.set(c.iso3.toUpperCase(), c);
      for (const a of c.adjectives ?? []) push(adjectives, fold(a), r.id);
    }
    if (r.type === 'person') for (const k of personSkeletons(r as PersonRecord)) push(skeletons, k, r.id);
  }
  const ofType = new Map<EntityType, KbRecord[]>();
  for (const r of records) (ofType.get(r.type) ?? ofType.set(r.type, []).get(r.type)!).push(r);
  const formats = (ofType.get('organization') ?? []).filter(
    (r) => (r as OrganizationRecord).format,
  ) as OrganizationRecord[];
  return Object.freeze({
    byId,
    countryByCode,
    warnings,
    records: () => records,
    ofType: (t: EntityType) => ofType.get(t) ?? [],
    countries: () => (ofType.get('country') ?? []) as CountryRecord[],
    people: () => (ofType.get('person') ?? []) as PersonRecord[],
    formats: () => formats,
    meetingsOf: (id: string) => meetings.get(id) ?? [],
    lookup: (k: string) => names.get(k) ?? [],
    lookupAdjective: (k: string) => adjectives.get(k) ?? [],
    lookupSkeleton: (k: string) => skeletons.get(k) ?? [],
  });
}

/** Every spelling of a record that names it: name, aliases, official name, acronyms, format name. */
export function namesOf(r: KbRecord): string[] {
  const out = [r.name, ...(r.aliases ?? [])];
  const c = r as Partial<CountryRecord> & Partial<OrganizationRecord>;
  if (c.official) out.push(c.official);
  if (c.acronyms) out.push(...c.acronyms);
  if (c.format?.formatName) out.push(c.format.formatName);
  return out.filter((n) => typeof n === 'string' && n.trim() !== '');
}

/** Skeleton keys of a person: full name both ways round, and the family name alone. */
export function personSkeletons(p: PersonRecord): string[] {
  const keys = new Set<string>();
  for (const n of [p.name, ...(p.aliases ?? [])]) {
    const k = skeletonKey(n);
    if (k.includes(' ')) keys.add(k);
  }
  if (p.givenName && p.familyName) {
    keys.add(skeletonKey(`${p.givenName} ${p.familyName}`));
    keys.add(skeletonKey(`${p.familyName} ${p.givenName}`));
  }
  if (p.familyName) keys.add(skeletonKey(p.familyName));
  return [...keys].filter(Boolean);
}

function toMeetingRecord(formatId: string, m: FormatMeeting): MeetingRecord {
  return {
    id: m.id,
    type: 'event',
    name: m.name,
    aliases: m.aliases ?? [],
    sources: m.sources ?? [],
    date: m.date,
    end: m.end ?? null,
    city: m.city,
    country: m.country,
    formatId,
    meeting: m,
  };
}
