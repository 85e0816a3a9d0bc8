/**
 * @module record-fixture
 * A meeting record for rule tests: an index over the given passages of meeting `m`, nothing else.
 */
import type { MeetingRecord } from '../../../src/link/claims/meeting-record.ts';
import { createInvertedIndex } from '../../../src/link/retrieval/inverted-index.ts';
import { retrievalUnit } from '../retrieval/unit-fixture.ts';

/** A passage of document `d`, meeting `m`. @example unit('p2', 'We agree to meet.') */
export const unit = (clause: string, text: string) => retrievalUnit(`d:${clause}`, text, 'm');

/** @example recordOver([['p2', 'We agree to meet.']]).index.size === 1 */
export function recordOver(passages: readonly [string, string][]): MeetingRecord {
  const index = createInvertedIndex();
  index.add(passages.map(([clause, text]) => unit(clause, text)));
  return { meetingId: 'm', index } as unknown as MeetingRecord;
}
