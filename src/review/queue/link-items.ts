/**
 * @module link-items
 * Queue items for implementation links: a later passage the tracker says fulfils, advances,
 * contradicts or repeats a commitment. Confirm keeps it, reject drops it, correct changes its kind.
 */
import type { LinkKind } from '../../model/link.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

export interface LinkInput extends ItemPlace {
  readonly key: string;
  readonly kind: LinkKind;
  readonly rule: string;
  readonly confidence: number;
  /** The later passage. */
  readonly text: string;
  /** The commitment's text and due day, for context and ranking. */
  readonly commitmentText: string;
  readonly due: string | null;
  readonly evidenceTitle: string | null;
}

/** `link:<key>`. */
export function linkTarget(key: string): string {
  return `link:${key}`;
}

/** One item per machine link. */
export function linkItems(links: readonly LinkInput[]): QueueItem[] {
  return links.map((l) => {
    const target = linkTarget(l.key);
    return {
      documentId: l.documentId,
      title: l.title,
      format: l.format,
      id: itemId(target, 'link'),
      kind: 'implementation-link',
      target,
      text: l.text,
      detail: `${l.evidenceTitle ?? 'a later document'} on: ${l.commitmentText}`,
      due: l.due,
      machine: { value: l.kind, confidence: l.confidence, rule: l.rule },
      actions: ['confirm', 'correct', 'reject'],
    };
  });
}
