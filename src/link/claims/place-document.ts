/**
 * @module place-document
 * The meeting a stored document is filed under, from its signature and its neighbours' (the
 * store-backed twin of `groupByMeeting`): a primary document with an identity keeps it; one
 * without joins the identified meeting it fits, else an unidentified one, else stands for its
 * own; a report joins the meeting it fits best, else keeps its own identity.
 */
import { chooseMeeting } from './choose-meeting.ts';
import { datedByPublication, unidentifiedMeetingId } from './group-by-meeting.ts';
import type { MeetingSignature } from './meeting-signature.ts';
import type { Placement } from './placement-store.ts';

/** @example placeDocument(reportSignature, false, await neighbours(db, reportSignature, false)) */
export function placeDocument(s: MeetingSignature, primary: boolean, around: readonly Placement[]): string | null {
  if (primary && s.meetingId) return s.meetingId;
  const primaries = around.filter((n) => n.primary && n.meetingId && n.documentId !== s.documentId);
  if (!primary) return chooseMeeting(s, byMeeting(primaries)).meetingId ?? s.meetingId;
  const dated = datedByPublication(s);
  return (
    chooseMeeting(dated, byMeeting(primaries.filter((n) => n.signature.meetingId))).meetingId ??
    chooseMeeting(dated, byMeeting(primaries.filter((n) => !n.signature.meetingId))).meetingId ??
    unidentifiedMeetingId(s.documentId)
  );
}

function byMeeting(list: readonly Placement[]): Map<string, MeetingSignature[]> {
  const out = new Map<string, MeetingSignature[]>();
  for (const n of list) out.set(n.meetingId!, [...(out.get(n.meetingId!) ?? []), n.signature]);
  return out;
}
