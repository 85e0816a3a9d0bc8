/**
 * @module entity-profile
 * Everything the API and the web app show about one entity: the reviewed entity with its
 * mentions in context (each with the reader anchor of its clause), co-occurring entities,
 * roles and facts from the knowledge base, and the meetings it attended (documents whose
 * `participants` layer names it, or, for a state, whose `parties` include it).
 */
import type { CountryRecord, KbRecord, Membership, OrganizationRecord, PersonRecord } from '../knowledge/kb-types.ts';
import type { MeetingValue } from '../model/layers.ts';
import { byCodeUnits, type EntitySummary } from './entity-summaries.ts';
import type { ReviewedMention } from '../review/entity-decisions.ts';
import type { Store, StoredDocument } from '../store/store.ts';
import { findEntity } from './entity-catalogue.ts';
import { anchorAt, nodeAnchors } from './node-anchors.ts';
import { loadReviewedOverlay, toMachineMention, type ReviewedOverlay } from './reviewed-entity-overlay.ts';
import { stampedMemo } from './stamped-memo.ts';

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
  /** The newest meetings attended (at most MEETINGS_SHOWN); `meetingTotal` counts them all. */
  readonly meetings: readonly AttendedMeeting[];
  readonly meetingTotal: number;
}

/** Characters of context on each side of a mention. */
const CONTEXT_CHARS = 90;
/** Co-occurring entities shown. */
const CO_OCCURRING_SHOWN = 20;
/** Meetings shown, newest first. */
export const MEETINGS_SHOWN = 100;

/**
 * The profile, computed once per state of the store (a country's read its meetings and dozens
 * of documents: 0.1–0.4 s at 20,000 documents) and shared by every request until the next change.
 */
export function storedEntityProfile(
  store: Store,
  entityId: string,
  kb: (id: string) => KbRecord | undefined,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
): Promise<EntityProfile | undefined> {
  const key = JSON.stringify(['entity-profile', entityId, page.limit, page.offset]);
  return stampedMemo(store, key, () => entityProfile(store, entityId, kb, page));
}

/**
 * Builds the profile; undefined when no reviewed entity has this id. Mentions are paged: only
 * the page's mentions and documents are read.
 */
export async function entityProfile(
  store: Store,
  entityId: string,
  kb: (id: string) => KbRecord | undefined,
  page: { limit: number; offset: number } = { limit: 50, offset: 0 },
  overlay?: ReviewedOverlay,
): Promise<EntityProfile | undefined> {
  const reviewed = overlay ?? (await loadReviewedOverlay(store));
  const entity = await findEntity(store, entityId, reviewed);
  if (!entity) return undefined;
  const own = reviewed.touched.has(entityId) ? ownMentions(reviewed, entityId) : undefined;
  const shown = own
    ? own.slice(page.offset, page.offset + page.limit)
    : (await store.entities.mentions([entityId], page)).map(unreviewed);
  const documents = await readDocuments(
    store,
    shown.map((m) => m.documentId),
  );
  const anchors = new Map([...documents].map(([id, stored]) => [id, nodeAnchors(stored.tree)]));
  const record = kb(entityId);
  const meetings = await meetingsAttended(store, entityId);
  return {
    entity,
    roles: rolesOf(record),
    facts: factsOf(record),
    mentions: shown.flatMap((m) => {
      const stored = documents.get(m.documentId);
      return stored ? [toProfileMention(m, stored, anchors.get(m.documentId)!)] : [];
    }),
    mentionTotal: own ? own.length : entity.mentionCount,
    coOccurring: await coOccurringEntities(store, reviewed, entityId, own),
    meetings: meetings.slice(0, MEETINGS_SHOWN),
    meetingTotal: meetings.length,
  };
}

/**
 * Documents whose participants name the entity, or (for a country) whose parties include it, with
 * their meeting; newest meeting first, documents without a dated meeting last.
 */
export async function meetingsAttended(store: Store, entityId: string): Promise<AttendedMeeting[]> {
  const iso = /^country:([A-Z]{2})$/.exec(entityId)?.[1];
  const rows = await store.entities.attendance(entityId, iso);
  return rows
    .map((r) => ({ ...r, meeting: (r.meeting as MeetingValue | null) ?? null }))
    .sort(
      (a, b) =>
        (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? '') || (a.title ?? '').localeCompare(b.title ?? ''),
    );
}

/** The entity's reviewed, non-rejected mentions (an entity decisions touch). */
function ownMentions(reviewed: ReviewedOverlay, entityId: string): ReviewedMention[] {
  return reviewed.mentions.filter((m) => m.entityId === entityId && !m.rejected);
}

/** A mention no decision touches. */
function unreviewed(a: Parameters<typeof toMachineMention>[0]): ReviewedMention {
  const m = toMachineMention(a);
  return { ...m, machineEntityId: m.entityId, rejected: false, reviewed: false };
}

/**
 * Entities sharing documents with `entityId`, after review: the index counts those no decision
 * touches; the touched ones are counted from their reviewed mentions.
 */
async function coOccurringEntities(
  store: Store,
  reviewed: ReviewedOverlay,
  entityId: string,
  own: readonly ReviewedMention[] | undefined,
): Promise<EntityProfile['coOccurring']> {
  const exclude = [...reviewed.touched];
  const ownDocuments = own && [...new Set(own.map((m) => m.documentId))];
  const fromIndex = await store.entities.coOccurring(
    ownDocuments ? { documentIds: ownDocuments } : { entityId },
    exclude,
    CO_OCCURRING_SHOWN,
  );
  const others = reviewed.entities.filter((e) => e.id !== entityId);
  const touchedCounts: { id: string; name: string; type: string; documents: number }[] = [];
  if (others.length) {
    const documents = new Set(ownDocuments ?? (await store.entities.documentIds(entityId)));
    for (const e of others) {
      const shared = new Set(
        reviewed.mentions
          .filter((m) => m.entityId === e.id && !m.rejected && documents.has(m.documentId))
          .map((m) => m.documentId),
      );
      if (shared.size) touchedCounts.push({ id: e.id, name: e.name, type: e.type, documents: shared.size });
    }
  }
  return [...fromIndex, ...touchedCounts]
    .sort((a, b) => b.documents - a.documents || byCodeUnits(a.name, b.name) || byCodeUnits(a.id, b.id))
    .slice(0, CO_OCCURRING_SHOWN);
}

/** The documents with these ids, each read once. */
async function readDocuments(store: Store, ids: readonly string[]): Promise<Map<string, StoredDocument>> {
  const out = new Map<string, StoredDocument>();
  for (const id of new Set(ids)) {
    const stored = await store.getDocument(id);
    if (stored) out.set(id, stored);
  }
  return out;
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

function toProfileMention(
  m: ReviewedMention,
  stored: StoredDocument,
  anchors: ReturnType<typeof nodeAnchors>,
): ProfileMention {
  const text = stored.document.text;
  return {
    documentId: m.documentId,
    start: m.start,
    end: m.end,
    surface: m.surface,
    before: text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start),
    after: text.slice(m.end, m.end + CONTEXT_CHARS),
    title: stored.title,
    anchor: anchorAt(anchors, m.start) ?? null,
    source: m.source,
    confidence: m.confidence,
    reviewed: m.reviewed,
  };
}
