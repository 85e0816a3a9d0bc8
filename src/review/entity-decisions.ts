/**
 * @module entity-decisions
 * Reviewers' decisions about entities, applied on top of the machine's mentions. Decisions
 * are append-only; applying them is a pure function of (mentions, decisions), so re-running
 * the analysis, or ingesting a document again, never loses a reviewer's word.
 *
 * Targets and actions:
 * - `entity:<id>` `merge` `{ into }`: every mention of `<id>` now belongs to `into`.
 * - `entity:<id>` `rename` `{ name }`: the entity's name.
 * - `entity:<id>` `add-alias` `{ alias }`: another spelling; later analyses link it.
 * - `entity:<id>` `split` `{ mentions: MentionKey[], name, type? }`: those mentions become a new entity.
 * - `mention:<docId>:<start>:<end>` `reject`: the mention is wrong (not an entity, or not this one).
 * - `mention:<docId>:<start>:<end>` `relink` `{ entityId }`: the mention belongs to another entity.
 */
import type { Decision } from '../model/decision.ts';
import type { EntityType } from '../model/layers.ts';

export const ENTITY_ACTIONS = ['merge', 'rename', 'add-alias', 'split', 'reject', 'relink'] as const;
export type EntityAction = (typeof ENTITY_ACTIONS)[number];

export interface MentionKey {
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
}

/** A machine mention as the store gives it (layer `entities`). */
export interface MachineMention extends MentionKey {
  readonly entityId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly surface: string;
  readonly known: boolean;
  readonly source: string;
  readonly confidence: number;
}

/** A mention after review. */
export interface ReviewedMention extends MachineMention {
  /** The entity the machine linked it to. */
  readonly machineEntityId: string;
  readonly rejected: boolean;
  /** True when a decision changed this mention's entity or rejected it. */
  readonly reviewed: boolean;
}

/** Per-entity overrides collected from decisions. */
export interface EntityOverrides {
  readonly names: ReadonlyMap<string, string>;
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  readonly types: ReadonlyMap<string, EntityType>;
  /** Resolves an entity id through merges (`a` merged into `b` into `c` → `c`). */
  readonly resolve: (entityId: string) => string;
}

/** `mention:<docId>:<start>:<end>` for a mention. */
export function mentionTarget(m: MentionKey): string {
  return `mention:${m.documentId}:${m.start}:${m.end}`;
}

/** `entity:<id>` for an entity id. */
export function entityTarget(entityId: string): string {
  return `entity:${entityId}`;
}

/** The id a split creates: stable for the same decision. */
export function splitEntityId(type: EntityType, name: string, decisionId: number | undefined): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `user:${type}:${slug || 'entity'}${decisionId ? `-${decisionId}` : ''}`;
}

/** Applies decisions (in order) to machine mentions. */
export function applyEntityDecisions(
  mentions: readonly MachineMention[],
  decisions: readonly Decision[],
): { mentions: ReviewedMention[]; overrides: EntityOverrides } {
  const mergedInto = new Map<string, string>();
  const names = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  const types = new Map<string, EntityType>();
  const byMention = new Map<string, { entityId?: string; rejected?: boolean }>();

  const resolve = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (mergedInto.has(current) && !seen.has(current)) {
      seen.add(current);
      current = mergedInto.get(current)!;
    }
    return current;
  };

  for (const d of decisions) {
    if (d.target.startsWith('entity:')) {
      const id = d.target.slice('entity:'.length);
      const p = d.payload as Record<string, unknown>;
      if (d.action === 'merge' && typeof p.into === 'string' && resolve(p.into) !== resolve(id))
        mergedInto.set(resolve(id), resolve(p.into));
      else if (d.action === 'rename' && typeof p.name === 'string') names.set(id, p.name);
      else if (d.action === 'add-alias' && typeof p.alias === 'string')
        aliases.set(id, [...(aliases.get(id) ?? []), p.alias]);
      else if (d.action === 'split' && Array.isArray(p.mentions) && typeof p.name === 'string') {
        const type = (p.type as EntityType | undefined) ?? mentions.find((m) => m.entityId === id)?.type ?? 'person';
        const newId = typeof p.newId === 'string' ? p.newId : splitEntityId(type, p.name, d.id);
        names.set(newId, p.name);
        types.set(newId, type);
        for (const k of p.mentions as MentionKey[]) byMention.set(mentionTarget(k), { entityId: newId });
      }
    } else if (d.target.startsWith('mention:')) {
      const p = d.payload as Record<string, unknown>;
      if (d.action === 'reject') byMention.set(d.target, { ...byMention.get(d.target), rejected: true });
      else if (d.action === 'relink' && typeof p.entityId === 'string')
        byMention.set(d.target, { entityId: p.entityId, rejected: false });
    }
  }

  const first = new Map<string, MachineMention>();
  for (const m of mentions) if (!first.has(m.entityId)) first.set(m.entityId, m);
  const reviewed = mentions.map((m): ReviewedMention => {
    const own = byMention.get(mentionTarget(m));
    const entityId = resolve(own?.entityId ?? m.entityId);
    const model = first.get(entityId) ?? m;
    return {
      ...m,
      entityId,
      name: names.get(entityId) ?? model.name,
      type: types.get(entityId) ?? model.type,
      known: model.known,
      machineEntityId: m.entityId,
      rejected: own?.rejected === true,
      reviewed: own !== undefined || entityId !== m.entityId,
    };
  });

  // Aliases of merged entities belong to the survivor.
  const resolvedAliases = new Map<string, string[]>();
  for (const [id, list] of aliases) {
    const target = resolve(id);
    resolvedAliases.set(target, [...(resolvedAliases.get(target) ?? []), ...list]);
  }
  return { mentions: reviewed, overrides: { names, aliases: resolvedAliases, types, resolve } };
}
