/**
 * @module entity-service
 * Reads entities for the API, the web app and exports: the machine's `entities` layer from
 * the store with every reviewer decision applied; and records new decisions after checking
 * them. The store holds both; this module only combines them.
 */
import type { Decision } from '../model/decision.ts';
import { ENTITY_TYPES, type EntityType } from '../model/layers.ts';
import type { Store } from '../store/store.ts';
import { toMachineMention } from './reviewed-entity-overlay.ts';
import { summariseEntities, type EntitySummary } from './entity-summaries.ts';
import {
  applyEntityDecisions,
  ENTITY_ACTIONS,
  type EntityOverrides,
  type ReviewedMention,
} from '../review/entity-decisions.ts';

export interface ReviewedEntities {
  readonly mentions: readonly ReviewedMention[];
  readonly overrides: EntityOverrides;
  readonly entities: readonly EntitySummary[];
}

/**
 * Loads every mention and decision and applies them: for exports of the whole set. Pages and
 * the API read one page through the index instead (src/services/entity-catalogue.ts).
 */
export async function loadReviewedEntities(store: Store): Promise<ReviewedEntities> {
  const [annotations, decisions] = await Promise.all([
    store.getAnnotations({ layer: 'entities' }),
    store.listDecisions(),
  ]);
  const { mentions, overrides } = applyEntityDecisions(
    annotations.map(toMachineMention),
    decisions.filter((d) => d.target.startsWith('entity:') || d.target.startsWith('mention:')),
  );
  return { mentions, overrides, entities: summariseEntities(mentions, overrides) };
}

/** Checks a decision's shape; returns a message for the user when it is wrong. */
export function checkEntityDecision(d: Pick<Decision, 'target' | 'action' | 'payload'>): string | undefined {
  if (!/^(entity|mention):/.test(d.target))
    return 'target must be "entity:<id>" or "mention:<documentId>:<start>:<end>"';
  if (!(ENTITY_ACTIONS as readonly string[]).includes(d.action))
    return `action must be one of ${ENTITY_ACTIONS.join(', ')}`;
  const p = d.payload ?? {};
  const isEntity = d.target.startsWith('entity:');
  if (['merge', 'rename', 'add-alias', 'split'].includes(d.action) && !isEntity)
    return `${d.action} applies to an entity target`;
  if (['reject', 'relink'].includes(d.action) && isEntity) return `${d.action} applies to a mention target`;
  if (!isEntity && !/^mention:[^:]+:\d+:\d+$/.test(d.target))
    return 'a mention target is "mention:<documentId>:<start>:<end>"';
  if (d.action === 'merge' && (typeof p.into !== 'string' || !p.into))
    return 'merge needs payload.into, the id of the entity to keep';
  if (d.action === 'merge' && p.into === d.target.slice('entity:'.length))
    return 'an entity cannot be merged into itself';
  if (d.action === 'rename' && (typeof p.name !== 'string' || !p.name.trim())) return 'rename needs payload.name';
  if (d.action === 'add-alias' && (typeof p.alias !== 'string' || !p.alias.trim()))
    return 'add-alias needs payload.alias';
  if (d.action === 'relink' && (typeof p.entityId !== 'string' || !p.entityId)) return 'relink needs payload.entityId';
  if (d.action === 'split') {
    if (typeof p.name !== 'string' || !p.name.trim()) return 'split needs payload.name for the new entity';
    if (!Array.isArray(p.mentions) || !p.mentions.length)
      return 'split needs payload.mentions: [{documentId, start, end}, …]';
    if (p.type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(String(p.type)))
      return `type must be one of ${ENTITY_TYPES.join(', ')}`;
  }
  return undefined;
}

/**
 * Reviewed spellings to feed back into linking: aliases added by reviewers and the surface
 * forms of mentions that reviewers merged or relinked (a merged alias is an alias).
 */
export function reviewedAliases(
  reviewed: Pick<ReviewedEntities, 'entities' | 'mentions' | 'overrides'>,
): { alias: string; entityId: string; name: string; type: EntityType }[] {
  const out = new Map<string, { alias: string; entityId: string; name: string; type: EntityType }>();
  const byId = new Map(reviewed.entities.map((e) => [e.id, e]));
  for (const [entityId, aliases] of reviewed.overrides.aliases) {
    // An alias may be added to a knowledge-base entity no document mentions yet.
    const e = byId.get(entityId);
    const type = e?.type ?? typeFromId(entityId);
    if (type)
      for (const alias of aliases)
        out.set(`${alias}\u0000${entityId}`, { alias, entityId, name: e?.name ?? alias, type });
  }
  for (const m of reviewed.mentions) {
    if (m.rejected || m.entityId === m.machineEntityId) continue;
    out.set(`${m.surface}\u0000${m.entityId}`, { alias: m.surface, entityId: m.entityId, name: m.name, type: m.type });
  }
  return [...out.values()];
}

/** The type an entity id names: `person:x`, `new:person:x` and `user:person:x` → person; `org:sco` → organization. */
function typeFromId(entityId: string): EntityType | undefined {
  const parts = entityId.split(':').map((p) => (p === 'org' ? 'organization' : p));
  return parts.find((part): part is EntityType => (ENTITY_TYPES as readonly string[]).includes(part));
}
