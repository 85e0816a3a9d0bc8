/**
 * @module status-items
 * Queue items for the status the tracker derived for each commitment (pending, in progress,
 * fulfilled, …). Its confidence is that of the strongest evidence behind it; a status with no
 * evidence at all rests on the calendar alone and is the least certain. Confirm and correct set
 * the status; reject says the statement is no promise to follow (it leaves the tracker).
 */
import type { CommitmentStatusName } from '../../model/commitment-status.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

export interface StatusInput extends ItemPlace {
  /** The commitment's key (`<documentId>:<start>:<end>`). */
  readonly key: string;
  readonly text: string;
  readonly status: CommitmentStatusName;
  /** Why the machine says so (the last period's reason). */
  readonly reason: string;
  readonly due: string | null;
  /** Confidences of the links (not rejected) behind the status. */
  readonly evidenceConfidences: readonly number[];
}

/** With no evidence, a status is the calendar's guess. */
const NO_EVIDENCE_CONFIDENCE = 0.5;

/** `commitment:<key>`. */
export function commitmentTarget(key: string): string {
  return `commitment:${key}`;
}

/** One item per commitment. */
export function statusItems(inputs: readonly StatusInput[]): QueueItem[] {
  return inputs.map((s) => {
    const target = commitmentTarget(s.key);
    return {
      documentId: s.documentId,
      title: s.title,
      format: s.format,
      id: itemId(target, 'status'),
      kind: 'commitment-status',
      target,
      text: s.text,
      detail: `${s.status}${s.due ? `, due ${s.due}` : ''}: ${s.reason}`,
      due: s.due,
      machine: {
        value: s.status,
        confidence: s.evidenceConfidences.length ? Math.max(...s.evidenceConfidences) : NO_EVIDENCE_CONFIDENCE,
        rule: `track:${s.reason}`,
      },
      actions: ['confirm', 'correct', 'reject'],
    };
  });
}
