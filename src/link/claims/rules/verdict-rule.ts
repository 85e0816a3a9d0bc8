/**
 * @module verdict-rule
 * A verdict rule: looks at one claim, the meeting's record and the retrieved candidates, and
 * either decides (verdict, evidence, differences, note, confidence) or passes (null).
 */
import type { Difference, Verdict } from '../../../model/claim.ts';
import type { Candidate, RetrievalUnit } from '../../retrieval/retrieval-unit.ts';
import type { CheckedClaim } from '../claim-facts.ts';
import type { MeetingRecord } from '../meeting-record.ts';

export interface RuleInput {
  readonly claim: CheckedClaim;
  readonly record: MeetingRecord;
  readonly candidates: readonly Candidate[];
}

export interface RuleVerdict {
  verdict: Verdict;
  evidence: readonly RetrievalUnit[];
  differences: Difference[];
  note: string;
  confidence: number;
}

export interface VerdictRule {
  readonly name: string;
  readonly decide: (input: RuleInput) => RuleVerdict | null;
}

/** The name a claim uses for a state code, else the code. */
export function stateName(claim: CheckedClaim, code: string): string {
  return claim.mentions.find((m) => m.value.type === 'country' && m.value.country === code)?.value.name ?? code;
}
