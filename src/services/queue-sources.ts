/**
 * @module queue-sources
 * Reads what the queue's builders need from the store, kind by kind, and only for the kinds
 * asked: statements through the store's indexed statements query, meeting and entity layers by
 * layer (and document), claims from the claim tables, links and statuses from the tracker.
 * Passages are not sliced here: the service cuts the texts of one page of items only.
 */
import { loadClaimRows } from '../link/claims/claim-rows.ts';
import type { EntityMentionValue, MeetingValue, PartiesValue } from '../model/layers.ts';
import { claimItems } from '../review/queue/claim-items.ts';
import { entityLinkItems } from '../review/queue/entity-link-items.ts';
import { type EntityInput, entityMergeItems } from '../review/queue/entity-merge-items.ts';
import { linkItems } from '../review/queue/link-items.ts';
import { meetingItems } from '../review/queue/meeting-items.ts';
import type { ItemPlace, QueueItem, QueueKind } from '../review/queue/queue-item.ts';
import { statementItems } from '../review/queue/statement-items.ts';
import { statusItems } from '../review/queue/status-items.ts';
import type { Store, StoredAnnotation } from '../store/store.ts';
import { loadTracking } from '../track/commitment-records.ts';
import { trackingDb } from '../track/tracking-repository.ts';

export interface SourceFilter {
  readonly kinds: ReadonlySet<QueueKind>;
  readonly documentId?: string;
}

/** Every item of the kinds asked (decided ones included: the service filters them). */
export async function loadQueueItems(store: Store, filter: SourceFilter): Promise<QueueItem[]> {
  const want = (...kinds: QueueKind[]) => kinds.some((k) => filter.kinds.has(k));
  const documentId = filter.documentId;
  const meetings = await store.getAnnotations({ layer: 'meeting', ...(documentId ? { documentId } : {}) });
  const formats = new Map(meetings.map((a) => [a.documentId, (a.value as MeetingValue).format ?? null]));
  const places = new PlaceBook(store, formats);
  const out: QueueItem[] = [];
  if (want('statement-kind', 'statement-actors', 'statement-sectors')) {
    const rows = await store.statements(documentId ? { documentId } : {});
    out.push(
      ...statementItems(rows.map((s) => ({ ...s, title: s.title ?? s.fileName, format: s.meeting?.format ?? null }))),
    );
  }
  if (want('meeting-format', 'meeting-date', 'meeting-city', 'meeting-parties')) {
    const parties = await store.getAnnotations({ layer: 'parties', ...(documentId ? { documentId } : {}) });
    const byDoc = new Map<string, { meeting?: StoredAnnotation; parties?: StoredAnnotation }>();
    for (const a of meetings) byDoc.set(a.documentId, { meeting: a });
    for (const a of parties) byDoc.set(a.documentId, { ...byDoc.get(a.documentId), parties: a });
    await places.load([...byDoc.keys()]);
    out.push(
      ...meetingItems(
        [...byDoc].map(([id, l]) => ({
          ...places.of(id),
          ...(l.meeting ? { meeting: layerInput<MeetingValue>(l.meeting) } : {}),
          ...(l.parties ? { parties: layerInput<PartiesValue>(l.parties) } : {}),
        })),
      ),
    );
  }
  if (want('entity-link', 'entity-merge')) out.push(...(await entityItems(store, filter, places)));
  if (want('claim-verdict')) {
    const rows = await loadClaimRows(store, documentId ? { documentId } : {});
    out.push(
      ...claimItems(
        rows.map((r) => ({
          ...r,
          documentId: r.claim.documentId,
          title: r.report.title ?? r.report.fileName,
          format: formats.get(r.claim.documentId) ?? null,
        })),
      ),
    );
  }
  if (want('implementation-link', 'commitment-status')) out.push(...(await trackerItems(store, documentId)));
  return out.filter((i) => filter.kinds.has(i.kind));
}

async function entityItems(store: Store, filter: SourceFilter, places: PlaceBook): Promise<QueueItem[]> {
  // Merges compare every entity with every other, so they read the whole layer.
  const merges = filter.kinds.has('entity-merge');
  const all = await store.getAnnotations({
    layer: 'entities',
    ...(filter.documentId && !merges ? { documentId: filter.documentId } : {}),
  });
  const own = filter.documentId ? all.filter((a) => a.documentId === filter.documentId) : all;
  await places.load([...new Set(own.map((a) => a.documentId))]);
  const out = entityLinkItems(
    own.map((a) => {
      const v = a.value as EntityMentionValue;
      return { ...places.of(a.documentId), ...a, entityId: v.entityId, name: v.name, type: v.type, known: v.known };
    }),
  );
  if (!merges) return out;
  const entities = new Map<string, EntityInput & { mentions: number }>();
  for (const a of all) {
    const v = a.value as EntityMentionValue;
    const e = entities.get(v.entityId);
    if (e) e.mentions++;
    else
      entities.set(v.entityId, {
        id: v.entityId,
        name: v.name,
        type: v.type,
        known: v.known,
        mentions: 1,
        documentId: a.documentId,
        title: null,
        format: null,
      });
  }
  let suggested = entityMergeItems([...entities.values()]);
  if (filter.documentId) {
    const here = new Set(own.map((a) => (a.value as EntityMentionValue).entityId));
    suggested = suggested.filter((i) => here.has(i.target.slice('entity:'.length)));
  }
  await places.load(suggested.map((i) => i.documentId));
  return [...out, ...suggested.map((i) => ({ ...i, ...places.of(i.documentId) }))];
}

async function trackerItems(store: Store, documentId: string | undefined): Promise<QueueItem[]> {
  const { records } = await loadTracking(store, documentId ? { documentId } : {});
  const place = (r: (typeof records)[number]) => ({
    documentId: r.document.id,
    title: r.document.title ?? r.document.fileName,
    format: r.commitment.format,
  });
  const links = linkItems(
    records.flatMap((r) =>
      r.evidence.map((e) => ({
        ...place(r),
        key: e.key,
        kind: e.kind,
        rule: e.rule,
        confidence: e.confidence,
        text: e.text,
        commitmentText: r.text,
        due: r.commitment.due,
        evidenceTitle: e.document.title ?? e.document.fileName,
      })),
    ),
  );
  const statuses = statusItems(
    records.map((r) => ({
      ...place(r),
      key: r.commitment.key,
      text: r.text,
      status: r.status.current,
      reason: r.status.history.at(-1)?.reason ?? '',
      due: r.commitment.due,
      evidenceConfidences: r.evidence.filter((e) => e.review !== 'rejected').map((e) => e.confidence),
    })),
  );
  return [...links, ...statuses];
}

function layerInput<V>(a: StoredAnnotation) {
  return { value: a.value as V, start: a.start, end: a.end, source: a.source, confidence: a.confidence };
}

/** Titles of documents, read in batches of ids (an indexed lookup) and kept for the request. */
class PlaceBook {
  readonly #titles = new Map<string, string | null>();
  constructor(
    readonly store: Store,
    readonly formats: ReadonlyMap<string, string | null>,
  ) {}

  async load(ids: readonly string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.#titles.has(id));
    const db = trackingDb(this.store);
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await db
        .selectFrom('documents')
        .select(['id', 'title', 'file_name'])
        .where('id', 'in', missing.slice(i, i + 500))
        .execute();
      for (const r of rows) this.#titles.set(r.id, r.title ?? r.file_name);
    }
  }

  of(documentId: string): ItemPlace {
    return { documentId, title: this.#titles.get(documentId) ?? null, format: this.formats.get(documentId) ?? null };
  }
}
