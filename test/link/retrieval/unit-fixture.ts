/**
 * @module unit-fixture
 * A retrieval unit for tests: `<document>:<clause>` ids, the whole text as its span.
 */
import type { RetrievalUnit } from '../../../src/link/retrieval/retrieval-unit.ts';

/** @example retrievalUnit('a:1', 'The Parties agreed …', 'm1', ['KZ']) */
export function retrievalUnit(id: string, text: string, meetingId = 'm1', states: string[] = []): RetrievalUnit {
  return {
    id,
    documentId: id.split(':')[0],
    document: id.split(':')[0],
    clause: id.split(':')[1],
    meetingId,
    start: 0,
    end: text.length,
    text,
    facts: { entities: [], states, sectors: [], dates: [], figures: [] },
  };
}
