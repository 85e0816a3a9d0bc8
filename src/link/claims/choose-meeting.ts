/**
 * @module choose-meeting
 * The one decision of the grouping: given a document's signature and the meetings that have
 * primary documents (each with its documents' signatures), the meeting it is about: the
 * best-scoring one when it reaches the threshold and leads the next by the margin, else none.
 * The scores of the candidates are returned, so the choice can be explained.
 */
import type { MeetingSignature } from './meeting-signature.ts';
import { groupingSettings, type MeetingMatch, scoreMeetingMatch } from './score-meeting-match.ts';

export interface MeetingChoice {
  /** The chosen meeting, or null when none is sure enough. */
  readonly meetingId: string | null;
  readonly match: MeetingMatch | null;
  /** Every candidate's score, best first. */
  readonly candidates: readonly { meetingId: string; score: number }[];
}

/**
 * @example chooseMeeting(report, new Map([['event:x', [communique]]])).meetingId === 'event:x'
 */
export function chooseMeeting(
  signature: MeetingSignature,
  meetings: ReadonlyMap<string, readonly MeetingSignature[]>,
): MeetingChoice {
  const s = groupingSettings();
  const scored = [...meetings]
    .filter(([, primaries]) => primaries.some((p) => p.documentId !== signature.documentId))
    .map(([meetingId, primaries]) => ({
      meetingId,
      match: scoreMeetingMatch(
        signature,
        primaries.filter((p) => p.documentId !== signature.documentId),
      ),
    }))
    .sort((a, b) => b.match.score - a.match.score || a.meetingId.localeCompare(b.meetingId));
  const candidates = scored.map((c) => ({ meetingId: c.meetingId, score: c.match.score }));
  const [best, next] = scored;
  const sure = best && best.match.score >= s.threshold && (!next || best.match.score - next.match.score >= s.margin);
  return sure
    ? { meetingId: best.meetingId, match: best.match, candidates }
    : { meetingId: null, match: null, candidates };
}
