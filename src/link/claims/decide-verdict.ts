/**
 * @module decide-verdict
 * The verdict of one claim: its candidates from the meeting's retrieval index, then the rules
 * in order (structured facts first, word overlap last); the first rule that decides wins. A
 * claim no rule decides is not in the source, and the note says what was searched.
 */
import type { ClaimVerdict, EvidenceRef } from '../../model/claim.ts';
import type { RetrievalUnit } from '../retrieval/retrieval-unit.ts';
import type { CheckedClaim } from './claim-facts.ts';
import type { MeetingRecord } from './meeting-record.ts';
import { documentAdopted } from './rules/document-adopted.ts';
import { figuresMatch } from './rules/figures-match.ts';
import { meetingDatePlace } from './rules/meeting-date-place.ts';
import { participantAttendance } from './rules/participant-attendance.ts';
import { participantRemarks } from './rules/participant-remarks.ts';
import { partiesNamed } from './rules/parties-named.ts';
import { partyCount } from './rules/party-count.ts';
import { partyDenied } from './rules/party-denied.ts';
import { partyEndorses } from './rules/party-endorses.ts';
import { partyVsAttendee } from './rules/party-vs-attendee.ts';
import { personOffice } from './rules/person-office.ts';
import { retrievalMatch } from './rules/retrieval-match.ts';
import { topicsListed } from './rules/topics-listed.ts';
import type { VerdictRule } from './rules/verdict-rule.ts';

/** The rules, in the order they are tried. */
export const VERDICT_RULES: readonly VerdictRule[] = [
  partyVsAttendee,
  partyCount,
  partyDenied,
  personOffice,
  participantAttendance,
  partiesNamed,
  documentAdopted,
  partyEndorses,
  participantRemarks,
  meetingDatePlace,
  figuresMatch,
  retrievalMatch,
  topicsListed,
];

/** How many candidates each claim gets from the index. */
const CANDIDATES = 8;

/** Decides one claim against its meeting's record (null record: no primary document is stored). */
export function decideVerdict(claim: CheckedClaim, record: MeetingRecord | null): ClaimVerdict {
  if (!record?.documents.length) {
    return {
      claim: claim.claim,
      verdict: 'not-in-source',
      evidence: [],
      differences: [],
      note: `no primary document of ${claim.claim.meetingId ?? 'the meeting'} is stored yet`,
      rule: 'link:no-primary',
      confidence: 0.3,
    };
  }
  const candidates = record.index
    .candidates({ text: claim.text, facts: claim.facts, meetingId: record.meetingId }, CANDIDATES)
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  for (const rule of VERDICT_RULES) {
    const d = rule.decide({ claim, record, candidates });
    if (!d) continue;
    return {
      claim: claim.claim,
      verdict: d.verdict,
      evidence: evidenceRefs(d.evidence),
      differences: d.differences,
      note: d.note,
      rule: `link:${rule.name}`,
      confidence: d.confidence,
    };
  }
  const best = candidates[0];
  const closest = best
    ? `; closest: ${best.unit.document} ${best.unit.clause} (coverage ${best.coverage.toFixed(2)})`
    : '';
  return {
    claim: claim.claim,
    verdict: 'not-in-source',
    evidence: [],
    differences: [],
    note: `searched ${record.index.size} passages of ${record.documents.length} primary document(s)${closest}`,
    rule: 'link:not-found',
    confidence: 0.5,
  };
}

/** One reference per document and clause, in the order found. */
function evidenceRefs(units: readonly RetrievalUnit[]): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  for (const u of units) {
    const key = `${u.documentId}#${u.clause}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ documentId: u.documentId, document: u.document, clause: u.clause, start: u.start, end: u.end });
  }
  return out;
}
