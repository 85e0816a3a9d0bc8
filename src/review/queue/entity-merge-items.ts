/**
 * @module entity-merge-items
 * Suggested merges: two entities of one type whose names fold to the same words (case,
 * diacritics, punctuation and word order aside) are probably one. The one the knowledge base
 * holds, else the one mentioned most, survives; the others are suggested to merge into it.
 */
import type { EntityType } from '../../model/layers.ts';
import { foldName } from '../../knowledge/fold.ts';
import { entityTarget } from '../entity-decisions.ts';
import { itemId, type QueueItem } from './queue-item.ts';

export interface EntityInput {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly known: boolean;
  readonly mentions: number;
  /** A document that mentions it (the page links there). */
  readonly documentId: string;
  readonly title: string | null;
  readonly format: string | null;
}

/** Same folded name: nearly surely one entity; same words in another order: likely. */
const SAME_NAME = 0.7;
const SAME_WORDS = 0.5;

/** `entity:<from>#merge:<into>` items, one per entity that has a likelier twin. */
export function entityMergeItems(entities: readonly EntityInput[]): QueueItem[] {
  const groups = new Map<string, EntityInput[]>();
  for (const e of entities) {
    const words = foldName(e.name).split(' ').filter(Boolean).sort().join(' ');
    if (!words) continue;
    const key = `${e.type}|${words}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: QueueItem[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [keep, ...rest] = [...group].sort(
      (a, b) => Number(b.known) - Number(a.known) || b.mentions - a.mentions || a.id.localeCompare(b.id),
    );
    for (const e of rest) {
      // Two entities of the knowledge base are distinct on purpose.
      if (e.known && keep.known) continue;
      const target = entityTarget(e.id);
      out.push({
        documentId: e.documentId,
        title: e.title,
        format: e.format,
        id: itemId(target, `merge:${keep.id}`),
        kind: 'entity-merge',
        target,
        text: e.name,
        detail: `merge ${e.type} “${e.name}” (${e.mentions}) into “${keep.name}” (${keep.mentions})`,
        machine: {
          value: keep.id,
          confidence: foldName(e.name) === foldName(keep.name) ? SAME_NAME : SAME_WORDS,
          rule: 'queue:same-folded-name',
        },
        actions: ['confirm', 'correct', 'reject'],
      });
    }
  }
  return out;
}
