/**
 * @module meeting-items
 * Queue items for what the analysis says about a document's meeting: its format, date and
 * city (layer `meeting`) and its parties (layer `parties`). Only what the machine asserted is
 * a suggestion: a field it left empty is not in the queue.
 */
import type { MeetingValue, PartiesValue } from '../../model/layers.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

/** One annotation as the builder needs it: value, span text, rule, confidence. */
export interface LayerInput<V> {
  readonly value: V;
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly confidence: number;
}

export interface MeetingInput extends ItemPlace {
  readonly meeting?: LayerInput<MeetingValue>;
  readonly parties?: LayerInput<PartiesValue>;
}

/** The fields of a meeting the queue reviews. */
export const MEETING_FIELDS = ['format', 'date', 'city', 'parties'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

/** `meeting:<documentId>`. */
export function meetingTarget(documentId: string): string {
  return `meeting:${documentId}`;
}

/**
 * Up to four items per document.
 * @example meetingItems([{ documentId: 'd_1', title: null, format: null, meeting }])
 */
export function meetingItems(inputs: readonly MeetingInput[]): QueueItem[] {
  const out: QueueItem[] = [];
  for (const input of inputs) {
    const target = meetingTarget(input.documentId);
    const place = { documentId: input.documentId, title: input.title, format: input.format };
    const add = (field: MeetingField, value: unknown, a: LayerInput<unknown>) =>
      out.push({
        ...place,
        id: itemId(target, field),
        kind: `meeting-${field}`,
        target,
        text: '',
        span: { start: a.start, end: a.end },
        machine: { value, confidence: a.confidence, rule: a.source },
        actions: ['confirm', 'correct', 'reject'],
      });
    const m = input.meeting;
    if (m?.value.format) add('format', m.value.format, m);
    if (m?.value.date) add('date', m.value.date, m);
    if (m?.value.city) add('city', m.value.city, m);
    const p = input.parties;
    if (p?.value.parties.length) add('parties', [...p.value.parties], p);
  }
  return out;
}
