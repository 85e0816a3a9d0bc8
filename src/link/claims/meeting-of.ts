/**
 * @module meeting-of
 * What a document's analysis says of its meeting, read from its layers: the meeting's id, its
 * facts, and whether the document is a primary text of the meeting.
 */
import type { Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { DocumentKindValue } from '../../model/layers.ts';
import { PRIMARY_KINDS } from '../../analyse/shared/primary-kinds.ts';
import type { MeetingFacts } from './same-meeting.ts';

/** The meeting a document's analysis identifies, if any. */
export function meetingIdOf(layers: Layers): string | null {
  return ((layers.meeting?.[0]?.value as { meetingId?: string | null } | undefined)?.meetingId ?? null) || null;
}

/** Whether the analysis (else the source) calls the document primary. */
export function isPrimary(document: Document, layers: Layers): boolean {
  const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind ?? document.meta.kind;
  return !!kind && PRIMARY_KINDS.includes(kind);
}

/** The meeting layer's value, if any. */
export function meetingOf(layers: Layers): MeetingFacts | null {
  return (layers.meeting?.[0]?.value as MeetingFacts | undefined) ?? null;
}
