/**
 * @module commitment-status
 * Where a commitment stands, and since when. Statuses follow the G20 Research Group's compliance
 * coding (full +1, partial 0, none or contrary −1), with `pending` and `superseded` for the
 * commitments that cannot be scored yet or any more.
 */

export const COMMITMENT_STATUSES = [
  'pending',
  'in-progress',
  'fulfilled',
  'partly-fulfilled',
  'not-fulfilled',
  'superseded',
] as const;
export type CommitmentStatusName = (typeof COMMITMENT_STATUSES)[number];

/** One stretch of time under one status. */
export interface StatusPeriod {
  readonly status: CommitmentStatusName;
  /** ISO date the status began. */
  readonly since: string;
  /** Why: the rule, or the reviewer's reason. */
  readonly reason: string;
  readonly by: 'machine' | 'reviewer';
  /** The link that moved the commitment into this status, if one did. */
  readonly linkKey?: string;
}

export interface CommitmentStatus {
  readonly current: CommitmentStatusName;
  /** Oldest first; the last period is the current one. */
  readonly history: readonly StatusPeriod[];
}

/** The G20 Research Group's score for a status; null where the commitment is not scored (yet). */
export const COMPLIANCE_SCORE: Readonly<Record<CommitmentStatusName, 1 | 0 | -1 | null>> = {
  pending: null,
  'in-progress': 0,
  fulfilled: 1,
  'partly-fulfilled': 0,
  'not-fulfilled': -1,
  superseded: null,
};

export function isCommitmentStatus(value: unknown): value is CommitmentStatusName {
  return typeof value === 'string' && (COMMITMENT_STATUSES as readonly string[]).includes(value);
}
