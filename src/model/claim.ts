/**
 * @module claim
 * What a report (news, press release, speech) says about a meeting that a primary document can
 * confirm or refute, and the verdict the check gives it. Claims are a layer of the report
 * (layer `claims`, span = the claim's exact text); verdicts are cross-document, made by the
 * link stage (`src/link/`) after the store, and kept with the evidence clauses that decided them.
 */

/** What the claim is about (how a report describes a meeting). */
export const CLAIM_ASPECTS = ['attendance', 'adoption', 'agreement', 'position', 'announcement', 'remark'] as const;
export type ClaimAspect = (typeof CLAIM_ASPECTS)[number];

/** Layer `claims`: one annotation per claim. */
export interface ClaimValue {
  aspect: ClaimAspect;
  /**
   * Who the report says made it: the meeting or its parties jointly, one participant (their own
   * remarks, quoted or reported), or the meeting's documents.
   */
  attributedTo: 'meeting' | 'participant' | 'document';
  /** The cue (`data/lexicons/claim-cues.json` id) that made it a claim. */
  cue: string;
  /** ISO codes of the states the claim names. */
  states: string[];
  /** ISO codes of the states named as acting (in the subject: "Kazakhstan and China signed …"). */
  actors: string[];
  /** Entity ids of the people the claim names. */
  people: string[];
  /** True when the claim's main verb is negated ("did not sign"). */
  negated: boolean;
}

export const VERDICTS = ['supported', 'contradicted', 'not-in-source'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A primary clause that decides a verdict. */
export interface EvidenceRef {
  documentId: string;
  /** The document's file name, else its id: what the GUIDE's `evidence.document` names. */
  document: string;
  /** Clause label as printed, `preamble` or `p<N>`. */
  clause: string;
  start: number;
  end: number;
}

/** A field in which the claim and the record differ ("party vs attendee", "date", "figure"). */
export interface Difference {
  field: string;
  claimed: string;
  recorded: string;
}

/** A claim with its verdict, as the link stage stores it. */
export interface Claim {
  documentId: string;
  start: number;
  end: number;
  /** The meeting the report is about (the analysis's `meetingId`). */
  meetingId: string | null;
  value: ClaimValue;
}

export interface ClaimVerdict {
  claim: Claim;
  verdict: Verdict;
  evidence: EvidenceRef[];
  differences: Difference[];
  /** Brief: what differs, what matches, or what was searched. */
  note: string;
  /** `link:<rule>` that decided it. */
  rule: string;
  confidence: number;
}

/** The key of a claim across tables and decisions: `claim:<documentId>:<start>:<end>`. */
export function claimKey(claim: { documentId: string; start: number; end: number }): string {
  return `claim:${claim.documentId}:${claim.start}:${claim.end}`;
}
