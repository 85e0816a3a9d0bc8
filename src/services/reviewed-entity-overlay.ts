/**
 * @module reviewed-entity-overlay
 * Reviewers' decisions about entities, applied to the only entities they can change. The
 * store's entity index counts the machine's mentions; a decision changes an entity's group
 * only through the entities and mentions it names (a merge's two sides, a rename, an alias,
 * a split, a rejected or relinked mention and its new entity). Those "touched" entities'
 * mentions are read by their index and reviewed in memory exactly as the whole set would be
 * (`applyEntityDecisions`); every other entity is exactly what the index says. Reads stay
 * proportional to what reviewers touched, not to the store.
 */
import type { Decision } from '../model/decision.ts';
import type { EntityMentionValue } from '../model/layers.ts';
import { summariseEntities, type EntitySummary } from './entity-summaries.ts';
import {
  applyEntityDecisions,
  type EntityOverrides,
  type MachineMention,
  type MentionKey,
  type ReviewedMention,
} from '../review/entity-decisions.ts';
import type { Store, StoredAnnotation } from '../store/store.ts';

export interface ReviewedOverlay {
  /** Every decision about entities and mentions, in order. */
  readonly decisions: readonly Decision[];
  /** Entities whose index figures decisions may change: read from `entities` instead. */
  readonly touched: ReadonlySet<string>;
  /** The reviewed mentions of the touched entities' machine mentions. */
  readonly mentions: readonly ReviewedMention[];
  readonly overrides: EntityOverrides;
  /** The reviewed entities those mentions form. */
  readonly entities: readonly EntitySummary[];
}

/** Reads the decisions and the mentions of the entities they touch, and applies them. */
export async function loadReviewedOverlay(store: Store): Promise<ReviewedOverlay> {
  const decisions = (await store.listDecisions()).filter(
    (d) => d.target.startsWith('entity:') || d.target.startsWith('mention:'),
  );
  const touched = new Set<string>();
  const places: MentionKey[] = [];
  for (const d of decisions) {
    const p = (d.payload ?? {}) as Record<string, unknown>;
    for (const id of [p.into, p.entityId, p.newId]) if (typeof id === 'string') touched.add(id);
    if (d.target.startsWith('entity:')) touched.add(d.target.slice('entity:'.length));
    else {
      const place = mentionPlace(d.target);
      if (place) places.push(place);
    }
    if (Array.isArray(p.mentions)) places.push(...p.mentions.filter(isMentionKey));
  }
  if (!decisions.length) return { decisions, touched, ...applyEntityDecisions([], []), entities: [] };
  for (const id of await store.entities.entitiesAt(places)) touched.add(id);
  const machine = (await store.entities.mentions([...touched])).map(toMachineMention);
  const { mentions, overrides } = applyEntityDecisions(machine, decisions);
  const entities = summariseEntities(mentions, overrides);
  for (const e of entities) touched.add(e.id);
  return { decisions, touched, mentions, overrides, entities };
}

/** A stored `entities` annotation as the decisions see it; the surface is the one the writer sliced. */
export function toMachineMention(a: StoredAnnotation): MachineMention {
  const v = a.value as EntityMentionValue;
  return {
    documentId: a.documentId,
    start: a.start,
    end: a.end,
    entityId: v.entityId,
    type: v.type,
    name: v.name,
    surface: a.surface || v.name,
    known: v.known,
    source: a.source,
    confidence: a.confidence,
  };
}

/** The place a `mention:<documentId>:<start>:<end>` target names. */
function mentionPlace(target: string): MentionKey | undefined {
  const m = /^mention:(.+):(\d+):(\d+)$/.exec(target);
  return m ? { documentId: m[1], start: Number(m[2]), end: Number(m[3]) } : undefined;
}

function isMentionKey(k: unknown): k is MentionKey {
  const o = k as MentionKey;
  return !!o && typeof o.documentId === 'string' && Number.isInteger(o.start) && Number.isInteger(o.end);
}
