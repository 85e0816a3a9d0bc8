/**
 * @module reviews
 * Reviewers' verdicts on the tracker's output, kept as append-only decisions: `review-link`
 * on `link:<key>` (payload `{verdict: 'confirmed' | 'rejected'}`) and `set-status` on
 * `commitment:<key>` (payload `{status, reason, since?}`), and `reject-commitment` on the same
 * target ("not a promise to follow": left out of the tracker and its scorecards). The latest
 * decision on a target wins; keys are made of spans, so decisions survive re-analysis and re-linking.
 */
import { type CommitmentStatusName, isCommitmentStatus } from '../model/commitment-status.ts';
import type { Decision } from '../model/decision.ts';
import { LINK_KINDS, type Link, type LinkKind, type LinkReview } from '../model/link.ts';
import type { Store } from '../store/store.ts';
import type { StoredLink } from './tracking-repository.ts';

export const REVIEW_LINK = 'review-link';
export const SET_STATUS = 'set-status';
export const REJECT_COMMITMENT = 'reject-commitment';

export interface StatusOverride {
  readonly status: CommitmentStatusName;
  readonly reason: string;
  /** ISO date the reviewer's status begins. */
  readonly since: string;
  /** False when the decision named no day: the status holds from its own day or the as-of day, the earlier. */
  readonly dated: boolean;
  readonly by: string;
}

export interface Reviews {
  readonly links: ReadonlyMap<string, LinkReview>;
  /** Links whose kind a reviewer corrected (the review queue's `correct`). */
  readonly kinds: ReadonlyMap<string, LinkKind>;
  readonly statuses: ReadonlyMap<string, StatusOverride>;
  /** Commitment keys a reviewer said are no promise to follow. */
  readonly rejected: ReadonlySet<string>;
}

export async function loadReviews(store: Store): Promise<Reviews> {
  const [linkDecisions, statusDecisions, rejections] = await Promise.all([
    store.listDecisions({ action: REVIEW_LINK }),
    store.listDecisions({ action: SET_STATUS }),
    store.listDecisions({ action: REJECT_COMMITMENT }),
  ]);
  const links = new Map<string, LinkReview>();
  const kinds = new Map<string, LinkKind>();
  for (const d of linkDecisions) {
    const verdict = d.payload.verdict;
    const key = d.target.replace(/^link:/, '');
    if (verdict === 'confirmed' || verdict === 'rejected') links.set(key, verdict);
    const kind = d.payload.kind;
    if (typeof kind === 'string' && (LINK_KINDS as readonly string[]).includes(kind)) kinds.set(key, kind as LinkKind);
    else kinds.delete(key);
  }
  const statuses = new Map<string, StatusOverride>();
  const rejected = new Set<string>();
  // Both actions on one target in the order they were made: the latest says what holds.
  for (const d of [...statusDecisions, ...rejections].sort(byTime)) {
    const key = d.target.replace(/^commitment:/, '');
    if (d.action === REJECT_COMMITMENT) {
      rejected.add(key);
      statuses.delete(key);
      continue;
    }
    const o = statusOverride(d);
    if (!o) continue;
    statuses.set(key, o);
    rejected.delete(key);
  }
  return { links, kinds, statuses, rejected };
}

/** A stored link with the reviewer's verdict applied. */
export function reviewed(link: StoredLink, reviews: Reviews): Link & Pick<StoredLink, 'commitmentKey'> {
  return { ...link, kind: reviews.kinds.get(link.key) ?? link.kind, review: reviews.links.get(link.key) ?? null };
}

function statusOverride(d: Decision): StatusOverride | undefined {
  const { status, reason, since } = d.payload as Record<string, unknown>;
  if (!isCommitmentStatus(status)) return undefined;
  const dated = typeof since === 'string' && /^\d{4}-\d{2}-\d{2}/.test(since);
  const day = dated ? since.slice(0, 10) : d.at.slice(0, 10);
  return { status, reason: typeof reason === 'string' ? reason : '', since: day, dated, by: d.by };
}

function byTime(a: Decision, b: Decision): number {
  return a.at.localeCompare(b.at) || (a.id ?? 0) - (b.id ?? 0);
}
