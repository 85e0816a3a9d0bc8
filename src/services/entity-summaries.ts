/**
 * @module entity-catalog
 * Entities as people see them: reviewed mentions grouped by entity, with their spellings,
 * documents and co-occurring entities.
 */
import type { EntityType } from '../model/layers.ts';
import type { EntityOverrides, ReviewedMention } from '../review/entity-decisions.ts';

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  /** Spellings seen in documents plus reviewed aliases, most frequent first. */
  readonly spellings: readonly string[];
  readonly known: boolean;
  readonly mentionCount: number;
  readonly documentCount: number;
}

/** Groups non-rejected mentions into entity summaries, sorted by mention count. */
export function summariseEntities(mentions: readonly ReviewedMention[], overrides: EntityOverrides): EntitySummary[] {
  const groups = new Map<
    string,
    { m: ReviewedMention; spellings: Map<string, number>; docs: Set<string>; count: number }
  >();
  for (const m of mentions) {
    if (m.rejected) continue;
    let g = groups.get(m.entityId);
    if (!g) groups.set(m.entityId, (g = { m, spellings: new Map(), docs: new Set(), count: 0 }));
    g.count++;
    g.docs.add(m.documentId);
    g.spellings.set(m.surface, (g.spellings.get(m.surface) ?? 0) + 1);
  }
  const out: EntitySummary[] = [];
  for (const [id, g] of groups) {
    const seen = [...g.spellings.entries()].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0])).map(([s]) => s);
    const extra = (overrides.aliases.get(id) ?? []).filter((a) => !g.spellings.has(a));
    out.push({
      id,
      type: g.m.type,
      name: g.m.name,
      spellings: [...seen, ...extra],
      known: g.m.known,
      mentionCount: g.count,
      documentCount: g.docs.size,
    });
  }
  return out.sort(byMentions);
}

/**
 * The catalogue's order: most mentioned first, then by name and id in code-unit order, the
 * order the store's index sorts in, so that pages merged from both agree.
 */
export function byMentions(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || byCodeUnits(a.name, b.name) || byCodeUnits(a.id, b.id);
}

/** Plain string order (what SQLite's default collation does), not the locale's. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Entities that appear in the same documents as `entityId`, with the number of shared documents. */
export function coOccurring(
  entityId: string,
  mentions: readonly ReviewedMention[],
  limit = 20,
): { id: string; name: string; type: EntityType; documents: number }[] {
  const docs = new Set(mentions.filter((m) => m.entityId === entityId && !m.rejected).map((m) => m.documentId));
  const counts = new Map<string, { m: ReviewedMention; docs: Set<string> }>();
  for (const m of mentions) {
    if (m.rejected || m.entityId === entityId || !docs.has(m.documentId)) continue;
    const c = counts.get(m.entityId) ?? { m, docs: new Set<string>() };
    c.docs.add(m.documentId);
    counts.set(m.entityId, c);
  }
  return [...counts.entries()]
    .map(([id, c]) => ({ id, name: c.m.name, type: c.m.type, documents: c.docs.size }))
    .sort((a, b) => b.documents - a.documents || a.name.localeCompare(b.name))
    .slice(0, limit);
}
