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

/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * A `new:<type>:<slug>` id for an entity the knowledge base does not hold. @example newEntityId('person', 'Ivan
 * Petrov') === 'new:person:ivan-petrov'
 */
export function newEntityId(type: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(NOT_WORD, '-')
    .replace(/^-|-$/g, '');
  return `new:${type}:${slug}`;
}
