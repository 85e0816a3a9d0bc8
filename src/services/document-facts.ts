/**
 * @module document-facts
 * What the analysis found about one document, in the shapes the front ends show: its meeting,
 * its parties, the participants named and its statements (each with its span).
 */
import type { MeetingValue, ParticipantValue, PartiesValue, StatementValue } from '../model/layers.ts';
import { loadStoredLayers } from '../store/document-layers.ts';
import type { Store } from '../store/store.ts';

export interface LocatedStatement extends StatementValue {
  readonly start: number;
  readonly end: number;
}

export interface DocumentFacts {
  readonly meeting: MeetingValue | null;
  /** ISO codes of the states that adopted the document. */
  readonly parties: readonly string[];
  readonly participants: readonly ParticipantValue[];
  readonly statements: readonly LocatedStatement[];
}

/** The facts of one stored document. @example const { meeting } = await documentFacts(store, 'd_…') */
export async function documentFacts(store: Store, documentId: string): Promise<DocumentFacts> {
  const layers = await loadStoredLayers(store, documentId, ['meeting', 'parties', 'participants', 'statements']);
  return {
    meeting: (layers.meeting[0]?.value as MeetingValue | undefined) ?? null,
    parties: (layers.parties[0]?.value as PartiesValue | undefined)?.parties ?? [],
    participants: layers.participants.map((a) => a.value as ParticipantValue),
    statements: layers.statements.map((a) => ({ ...(a.value as StatementValue), start: a.start, end: a.end })),
  };
}
