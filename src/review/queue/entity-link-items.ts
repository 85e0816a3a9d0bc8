/**
 * @module entity-link-items
 * Queue items for entity links the machine was unsure of: a mention linked with a confidence
 * under `LOW_LINK_CONFIDENCE`, or to an entity the knowledge base does not hold (found by pattern
 * only). A confident link to a known entity is not worth a reviewer's time.
 */
import type { EntityType } from '../../model/layers.ts';
import { mentionTarget } from '../entity-decisions.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

/** Links at or above this confidence, to a known entity, stay out of the queue. */
export const LOW_LINK_CONFIDENCE = 0.8;

export interface MentionInput extends ItemPlace {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly name: string;
  readonly type: EntityType;
  readonly known: boolean;
  readonly source: string;
  readonly confidence: number;
}

/** Confirming relinks to the same entity; correcting names another; rejecting says "not an entity". */
export function entityLinkItems(mentions: readonly MentionInput[]): QueueItem[] {
  return mentions
    .filter((m) => !m.known || m.confidence < LOW_LINK_CONFIDENCE)
    .map((m) => {
      const target = mentionTarget(m);
      return {
        documentId: m.documentId,
        title: m.title,
        format: m.format,
        id: itemId(target, 'entity'),
        kind: 'entity-link',
        target,
        text: '',
        span: { start: m.start, end: m.end },
        detail: `${m.type} ${m.name}${m.known ? '' : ' (not in the knowledge base)'}`,
        machine: { value: m.entityId, confidence: m.confidence, rule: m.source },
        actions: ['confirm', 'correct', 'reject'],
      };
    });
}
