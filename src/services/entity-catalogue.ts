/**
 * @module entity-catalogue
 * The reviewed entity catalogue, one page at a time: the store's entity index for every
 * entity no decision touches, merged with the few that decisions change (computed exactly
 * from their mentions, see reviewed-entity-overlay.ts). Filtering, ordering, counting and
 * paging happen in the database; only a page of rows and its spellings are read.
 */
import { ENTITY_TYPES, type EntityType } from '../model/layers.ts';
import { byMentions, type EntitySummary } from './entity-summaries.ts';
import type { EntityIndexRow } from '../store/entities/entity-index.ts';
import type { Store } from '../store/store.ts';
import { loadReviewedOverlay, type ReviewedOverlay } from './reviewed-entity-overlay.ts';

export interface EntityListQuery {
  readonly type?: string;
  /** Case-insensitive substring of the name or any spelling. */
  readonly q?: string;
  readonly limit: number;
  readonly offset: number;
}

/** A page of reviewed entities (most mentioned first) and how many match. */
export async function listEntities(
  store: Store,
  query: EntityListQuery,
  overlay?: ReviewedOverlay,
): Promise<{ items: EntitySummary[]; total: number }> {
  const reviewed = overlay ?? (await loadReviewedOverlay(store));
  const extra = matching(reviewed.entities, query);
  const exclude = [...reviewed.touched];
  const text = query.q;
  if (!extra.length) {
    const page = await store.entities.page({
      type: query.type,
      text,
      exclude,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: await withSpellings(store, page.items), total: page.total };
  }
  // The index's rows up to the page's end, merged in order with the reviewed ones.
  const head = await store.entities.page({
    type: query.type,
    text,
    exclude,
    limit: query.offset + query.limit,
    offset: 0,
  });
  const merged: (EntityIndexRow | EntitySummary)[] = [];
  let i = 0;
  for (const row of head.items) {
    while (i < extra.length && byMentions(extra[i], { ...row, type: row.type as EntityType, spellings: [] }) < 0)
      merged.push(extra[i++]);
    merged.push(row);
  }
  merged.push(...extra.slice(i));
  const page = merged.slice(query.offset, query.offset + query.limit);
  const fromIndex = await withSpellings(
    store,
    page.filter((e): e is EntityIndexRow => !('spellings' in e)),
  );
  const byId = new Map(fromIndex.map((e) => [e.id, e]));
  return {
    items: page.map((e) => ('spellings' in e ? e : byId.get(e.id)!)),
    total: head.total + extra.length,
  };
}

/** Entities of each type matching `q` (for the catalogue's type chips), and all of them. */
export async function countEntitiesByType(
  store: Store,
  q: string | undefined,
  overlay?: ReviewedOverlay,
): Promise<{ all: number; byType: Map<EntityType, number> }> {
  const reviewed = overlay ?? (await loadReviewedOverlay(store));
  const counts = await store.entities.countByType({ text: q, exclude: [...reviewed.touched] });
  const byType = new Map<EntityType, number>(ENTITY_TYPES.map((t) => [t, counts.get(t) ?? 0]));
  for (const e of matching(reviewed.entities, { q })) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  let all = 0;
  for (const n of counts.values()) all += n;
  return { all: all + matching(reviewed.entities, { q }).length, byType };
}

/** One reviewed entity, or undefined when no mention belongs to it (after review). */
export async function findEntity(
  store: Store,
  entityId: string,
  overlay?: ReviewedOverlay,
): Promise<EntitySummary | undefined> {
  const reviewed = overlay ?? (await loadReviewedOverlay(store));
  if (reviewed.touched.has(entityId)) return reviewed.entities.find((e) => e.id === entityId);
  const [row] = await store.entities.get([entityId]);
  return row && (await withSpellings(store, [row]))[0];
}

/** Filters reviewed entities by type and a case-insensitive substring of the name or any spelling. */
export function matching(entities: readonly EntitySummary[], query: { type?: string; q?: string }): EntitySummary[] {
  const q = query.q?.trim().toLowerCase();
  return entities.filter(
    (e) =>
      (!query.type || e.type === query.type) &&
      (!q || e.name.toLowerCase().includes(q) || e.spellings.some((s) => s.toLowerCase().includes(q))),
  );
}

/** Index rows as catalogue entries: their spellings read for these rows only. */
async function withSpellings(store: Store, rows: readonly EntityIndexRow[]): Promise<EntitySummary[]> {
  const spellings = await store.entities.spellings(rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, type: r.type as EntityType, spellings: spellings.get(r.id) ?? [] }));
}
