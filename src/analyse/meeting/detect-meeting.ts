/**
 * @module detect-meeting
 * The meeting a document comes from (or reports on): the candidates its text gives (`meeting-candidates`), decided
 * with the knowledge base's meeting record (`decide-meeting`).
 */
import { decideMeeting } from './decide-meeting.ts';
import { findMeetingCandidates } from './meeting-candidates.ts';
import type { MeetingFinding, MeetingInput } from './meeting-types.ts';

export type { MeetingFinding, MeetingInput, MeetingNote } from './meeting-types.ts';

/** Finds the candidates, then decides. @example detectMeeting(input).value.city */
export function detectMeeting(raw: MeetingInput): MeetingFinding {
  return decideMeeting(findMeetingCandidates(raw));
}
