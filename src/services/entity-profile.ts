/**
 * @module entity-profile
 * Everything the API and the web app show about one entity: the reviewed entity with its
 * mentions in context (each with the reader anchor of its clause), co-occurring entities,
 * roles and facts from the knowledge base, and the meetings it attended (documents whose
 * `participants` layer names it, or, for a state, whose `parties` include it).
 */
import type { CountryRecord, KbRecord, Membership, OrganizationRecord, PersonRecord } from '../knowledge/kb-types.ts';
import type { MeetingValue, ParticipantValue, PartiesValue } from '../model/layers.ts';
import type { EntitySummary } from '../review/entity-catalog.ts';
import type { ReviewedMention } from '../review/entity-decisions.ts';
import { getEntityDetail, type ReviewedEntities } from '../review/entity-service.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import { anchorAt, nodeAnchors } from './node-anchors.ts';

/** A mention with its context and where the reader shows it. */
export interface ProfileMention {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly before: string;
  readonly after: string;
  readonly title: string | null;
  /** Reader fragment id of the clause or paragraph holding the mention. */
  readonly anchor: string | null;
  readonly source: string;
  readonly confidence: number;
  readonly reviewed: boolean;
}

/** A meeting the entity attended: the document that reports it and the document's meeting. */
export interface AttendedMeeting {
  readonly documentId: string;
  readonly title: string | null;
  /** How the document names the entity: `participant` (with the role given) or `party`. */
  readonly as: 'participant' | 'party';
  readonly role: string | null;
  readonly meeting: MeetingValue | null;
}

export interface EntityProfile {
  readonly entity: EntitySummary;
  /** Roles from the knowledge base (a person's posts), newest first. */
  readonly roles: readonly Membership[];
  /** Other knowledge-base facts as label/value pairs. */
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly mentions: readonly ProfileMention[];
  readonly mentionTotal: number;
  readonly coOccurring: readonly { id: string; name: string; type: string; documents: number }[];
  readonly meetings: readonly AttendedMeeting[];
}

/** Builds the profile; undefined when no reviewed entity has this id. Mentions are paged. */
export async function entityProfile(
  store: Store,
  reviewed: ReviewedEntities,
  entityId: string,
  kb: (id: string) => KbRecord | undefined,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<EntityProfile | undefined> {
  const detail = getEntityDetail(reviewed, entityId);
  if (!detail) return undefined;
  const shown = detail.mentions.slice(page.offset, page.offset + page.limit);
  const anchors = anchorsOf(reviewed, new Set(shown.map((m) => m.documentId)));
  const record = kb(entityId);
  return {
    entity: detail.entity,
    roles: rolesOf(record),
    facts: factsOf(record),
    mentions: shown.map((m) => toProfileMention(m, anchors.get(m.documentId))),
    mentionTotal: detail.mentions.length,
    coOccurring: detail.coOccurring,
    meetings: await meetingsAttended(store, entityId, reviewed.documents),
  };
}

/**
 * Documents whose participants name the entity, or (for a country) whose parties include it, with
 * their meeting. Documents already read (`known`) are not read again.
 */
export async function meetingsAttended(
  store: Store,
  entityId: string,
  known: ReadonlyMap<string, StoredDocument> = new Map(),
): Promise<AttendedMeeting[]> {
  const iso = /^country:([A-Z]{2})$/.exec(entityId)?.[1];
  // The participants naming the entity come through the store's entity index; parties name states by code, one small
  // annotation per document, so only a country's profile reads them.
  const [participants, parties] = await Promise.all([
    store.getAnnotations({ layer: 'participants', entityId }),
    iso ? store.getAnnotations({ layer: 'parties' }) : Promise.resolve([]),
  ]);
  const found = new Map<string, { as: AttendedMeeting['as']; role: string | null }>();
  for (const p of participants) {
    const v = p.value as ParticipantValue;
    if (v.entityId === entityId && !found.has(p.documentId))
      found.set(p.documentId, { as: 'participant', role: v.role });
  }
  for (const p of parties) {
    if (iso && (p.value as PartiesValue).parties?.includes(iso) && !found.has(p.documentId))
      found.set(p.documentId, { as: 'party', role: null });
  }
  const out: AttendedMeeting[] = [];
  for (const [documentId, how] of found) {
    const doc = known.get(documentId) ?? (await store.getDocument(documentId));
    if (!doc) continue;
    // The meeting of this document only (indexed by document), not every document's meeting.
    const meeting = (await store.getAnnotations({ layer: 'meeting', documentId })).at(-1);
    out.push({
      documentId,
      title: doc.title,
      ...how,
      meeting: (meeting?.value as MeetingValue | undefined) ?? null,
    });
  }
  // Newest meeting first; documents without a dated meeting last.
  return out.sort(
    (a, b) =>
      (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? '') || (a.title ?? '').localeCompare(b.title ?? ''),
  );
}

function rolesOf(record: KbRecord | undefined): Membership[] {
  if (record?.type !== 'person') return [];
  return [...((record as PersonRecord).memberships ?? [])].sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));
}

/** The few facts worth showing per type; the KB's sources come last. */
function factsOf(record: KbRecord | undefined): { label: string; value: string }[] {
  if (!record) return [];
  // Fields of several record types, read loosely: each is shown only where present.
  const r = record as Partial<
    Pick<CountryRecord, 'official' | 'iso2'> & Pick<OrganizationRecord, 'acronyms' | 'members'>
  > & { country?: string };
  const facts: [string, unknown][] = [
    ['Knowledge-base name', record.name],
    ['Official name', r.official],
    ['ISO code', r.iso2],
    ['Country', record.type === 'person' || record.type === 'city' ? r.country : undefined],
    ['Acronyms', r.acronyms?.join(', ')],
    ['Members', r.members?.join(', ')],
    ['Also written', record.aliases?.slice(0, 12).join(' · ')],
    [
      'Sources',
      record.sources
        ?.map((s) => s.url ?? s.document)
        .filter(Boolean)
        .join(' '),
    ],
  ];
  return facts
    .filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '')
    .map(([label, value]) => ({ label, value }));
}

/** Reader anchors of the shown documents, from the documents the reviewed entities already read. */
function anchorsOf(reviewed: ReviewedEntities, ids: Set<string>) {
  const out = new Map<string, ReturnType<typeof nodeAnchors>>();
  for (const id of ids) {
    const stored = reviewed.documents.get(id);
    if (stored) out.set(id, nodeAnchors(stored.tree));
  }
  return out;
}

function toProfileMention(
  m: ReviewedMention & { before: string; after: string; title: string | null },
  anchors: ReturnType<typeof nodeAnchors> | undefined,
): ProfileMention {
  return {
    documentId: m.documentId,
    start: m.start,
    end: m.end,
    surface: m.surface,
    before: m.before,
    after: m.after,
    title: m.title,
    anchor: (anchors && anchorAt(anchors, m.start)) ?? null,
    source: m.source,
    confidence: m.confidence,
    reviewed: m.reviewed,
  };
}
