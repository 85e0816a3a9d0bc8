/**
 * @module entity-mention
 * The value the entity step writes: `EntityMentionValue` plus, for people introduced with a
 * title, the role as the text gives it (read by the participants step).
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionValue } from '../../model/layers.ts';

export interface EntityMentionDetail extends EntityMentionValue {
  /** The role or title printed with the name ("Minister of Foreign Affairs"), where one is. */
  role?: string;
  /** Where the role text starts, so a reader can show name and role together. */
  roleStart?: number;
}

/** A mention found by a rule, before it becomes an annotation. */
export interface Mention {
  start: number;
  end: number;
  value: EntityMentionDetail;
  /** The rule: `entities:alias`, `entities:role-title`, … */
  source: string;
  confidence: number;
}

/** Turns a mention into an `entities` annotation. */
export function toAnnotation(m: Mention): Annotation<EntityMentionDetail> {
  return { layer: 'entities', start: m.start, end: m.end, value: m.value, source: m.source, confidence: m.confidence };
}

/**
 * A `new:<type>:<slug>` id for an entity the knowledge base does not hold. @example newEntityId('person', 'Ivan
 * Petrov') === 'new:person:ivan-petrov'
 */
export function newEntityId(type: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return `new:${type}:${slug}`;
}
