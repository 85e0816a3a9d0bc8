/**
 * @module queue-decisions
 * How a reviewer's word on a queue item becomes an append-only decision, and which items the
 * stored decisions settle. Kinds that already had a decision (claim verdicts, links, statuses,
 * mentions, merges) keep their action, so every reader of those decisions applies the queue's
 * too; statements and meetings get `review-statement` and `review-meeting`. Rejecting a claim's
 * verdict or a commitment's status says the span is no claim or no promise to follow
 * (`reject-claim`, `reject-commitment`): it leaves the claims list or the tracker. Every payload
 * holds the queue's action and a snapshot of what the machine had said.
 */
import type { Decision } from '../../model/decision.ts';
import { CLAIM_ACTION, REJECT_CLAIM } from '../claim-decisions.ts';
import { itemId, type QueueAction, type QueueItem, type QueueKind, type Suggestion } from './queue-item.ts';

export const REVIEW_STATEMENT = 'review-statement';
export const REVIEW_MEETING = 'review-meeting';
export const REJECT_MERGE = 'reject-merge';
/** Actions of the tracker (see src/track/reviews.ts), named here so review/ does not import track/. */
export const REVIEW_LINK_ACTION = 'review-link';
export const SET_STATUS_ACTION = 'set-status';
export const REJECT_COMMITMENT_ACTION = 'reject-commitment';

/** Overruling these changes what the claims list and the scorecards say, so it takes a reason. */
const REASON_REQUIRED: ReadonlySet<QueueKind> = new Set(['claim-verdict', 'commitment-status']);

/**
 * Whether `action` on an item of `kind` needs a note saying why.
 * @example needsReason('commitment-status', 'correct') // true
 */
export function needsReason(kind: QueueKind, action: QueueAction): boolean {
  return action !== 'confirm' && REASON_REQUIRED.has(kind);
}

/** What the queue appends: the store adds who and when. */
export interface DecisionDraft {
  readonly target: string;
  readonly action: string;
  readonly payload: Record<string, unknown>;
}

/** Longest rule name kept in a snapshot: the snapshot is evidence, not a copy of the analysis. */
const MAX_RULE = 200;

/**
 * The decision for `action` on `item`; `value` is the corrected value (already checked) for `correct`;
 * `asOf` is the tracker's day the reviewer saw a commitment's status on (the status holds from it).
 * @example draftDecision(item, 'confirm', undefined, 'ok').action // 'review-statement'
 */
export function draftDecision(
  item: QueueItem,
  action: QueueAction,
  value: unknown,
  note?: string,
  asOf?: string,
): DecisionDraft {
  const machine: Suggestion = { ...item.machine, rule: item.machine.rule.slice(0, MAX_RULE) };
  const chosen = action === 'confirm' ? machine.value : value;
  const base = { decision: action, machine };
  const target = item.target;
  switch (item.kind) {
    case 'entity-link':
      return action === 'reject'
        ? { target, action: 'reject', payload: base }
        : { target, action: 'relink', payload: { ...base, entityId: chosen } };
    case 'entity-merge':
      return action === 'reject'
        ? { target, action: REJECT_MERGE, payload: { ...base, into: machine.value } }
        : { target, action: 'merge', payload: { ...base, into: chosen } };
    case 'claim-verdict':
      return action === 'reject'
        ? { target, action: REJECT_CLAIM, payload: base }
        : { target, action: CLAIM_ACTION, payload: { ...base, verdict: chosen } };
    case 'implementation-link':
      return {
        target,
        action: REVIEW_LINK_ACTION,
        payload: {
          ...base,
          verdict: action === 'reject' ? 'rejected' : 'confirmed',
          ...(action === 'correct' ? { kind: value } : {}),
        },
      };
    case 'commitment-status': {
      const reason = note?.trim() || `${action}ed in the review queue`;
      if (action === 'reject') return { target, action: REJECT_COMMITMENT_ACTION, payload: { ...base, reason } };
      return {
        target,
        action: SET_STATUS_ACTION,
        payload: { ...base, status: chosen, reason, ...(asOf ? { since: asOf } : {}) },
      };
    }
    default: {
      const [layer, field] = item.kind.split('-') as ['statement' | 'meeting', string];
      const rejected = field === 'actors' || field === 'sectors' || field === 'parties' ? [] : null;
      return {
        target,
        action: layer === 'statement' ? REVIEW_STATEMENT : REVIEW_MEETING,
        payload: { ...base, field, value: action === 'reject' ? rejected : chosen },
      };
    }
  }
}

/**
 * What one stored decision settles: item ids, and `*<target>` for every item of a target (a
 * statement rejected as "not a statement", an entity merged away). Any decision on an item's
 * target and field counts, made in the queue or elsewhere (the entity page, the claims API).
 * @example settledKeys({ action: 'merge', target: 'entity:a', … }) // ['*entity:a']
 */
export function settledKeys(d: Pick<Decision, 'target' | 'action' | 'payload'>): string[] {
  const p = d.payload;
  switch (d.action) {
    case REVIEW_STATEMENT:
    case REVIEW_MEETING: {
      const rejected = d.action === REVIEW_STATEMENT && p.field === 'kind' && p.decision === 'reject';
      return [itemId(d.target, String(p.field)), ...(rejected ? [wholeTarget(d.target)] : [])];
    }
    case CLAIM_ACTION:
    case REJECT_CLAIM:
      return [itemId(d.target, 'verdict')];
    case REVIEW_LINK_ACTION:
      return [itemId(d.target, 'link')];
    case SET_STATUS_ACTION:
    case REJECT_COMMITMENT_ACTION:
      return [itemId(d.target, 'status')];
    case 'merge':
      return [wholeTarget(d.target)];
    case REJECT_MERGE:
      return [itemId(d.target, `merge:${String(p.into)}`)];
    case 'relink':
    case 'reject':
      return d.target.startsWith('mention:') ? [itemId(d.target, 'entity')] : [];
    default:
      return [];
  }
}

/** The key that settles every item of a target. */
export function wholeTarget(target: string): string {
  return `*${target}`;
}

/** A predicate: is this item settled by one of the stored decisions? */
export function decidedBy(decisions: readonly Decision[]): (item: QueueItem) => boolean {
  const keys = new Set(decisions.flatMap(settledKeys));
  return (item) => keys.has(item.id) || keys.has(wholeTarget(item.target));
}
