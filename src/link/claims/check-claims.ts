/**
 * @module check-claims
 * The claims stage of one meeting, in memory: the record of its primary documents, then a
 * verdict for every claim of every report about it. The store-backed stage
 * (`recheck-meeting.ts`) and the eval script both call this.
 */
import type { Layers } from '../../model/annotation.ts';
import type { ClaimVerdict } from '../../model/claim.ts';
import type { Document } from '../../model/document.ts';
import { claimsOf } from './claim-facts.ts';
import { decideVerdict } from './decide-verdict.ts';
import { buildMeetingRecord, type MeetingRecord, type PrimarySource } from './meeting-record.ts';

/** A report (news, press release, speech) with its layers. */
export interface ReportSource {
  readonly document: Document;
  readonly layers: Layers;
}

/**
 * Verdicts for every claim of the reports about one meeting, in report and claim order.
 * @example checkMeeting('event:cca-fm6-2025', primaries, reports).filter((v) => v.verdict === 'contradicted')
 */
export function checkMeeting(
  meetingId: string,
  primaries: readonly PrimarySource[],
  reports: readonly ReportSource[],
): ClaimVerdict[] {
  const record: MeetingRecord | null = primaries.length ? buildMeetingRecord(meetingId, primaries) : null;
  return [...reports]
    .sort((a, b) => a.document.id.localeCompare(b.document.id))
    .flatMap((r) => claimsOf(r.document, r.layers, meetingId).map((c) => decideVerdict(c, record)));
}
