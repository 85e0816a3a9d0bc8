/**
 * @module derive-status
 * A promise's status over time, from its evidence and its deadline, as the G20 Research Group
 * codes compliance: it is pending from the day it is made; progress moves it in progress; a
 * report of the act fulfils it; a cancellation, postponement or the opposite act means it was
 * not fulfilled; when the deadline passes it is not fulfilled (no evidence) or partly fulfilled
 * (only progress); a later promise with a later due date supersedes it. A reviewer's status
 * beats the machine's from the day it is set.
 */
import type { CommitmentStatus, CommitmentStatusName, StatusPeriod } from '../model/commitment-status.ts';
import type { Link } from '../model/link.ts';
import { nextDay } from './dates.ts';
import type { StatusOverride } from './reviews.ts';

export interface StatusInput {
  /** ISO day the promise was made. */
  readonly madeOn: string | null;
  /** Last ISO day it is due, if the text fixes one. */
  readonly due: string | null;
  /** Its evidence, reviewers' verdicts applied. */
  readonly links: readonly Link[];
  /** Keys of repeat links that replace the promise (a later promise with a later due date). */
  readonly superseding?: ReadonlySet<string>;
  readonly override?: StatusOverride;
  /** The day the machine's status is read on (e.g. the latest date in the store). */
  readonly asOf: string;
}

/** Below this a suggestion does not move a status until a reviewer confirms it. */
export const STATUS_MIN_CONFIDENCE = 0.5;

interface Event {
  readonly day: string;
  readonly apply: (
    current: CommitmentStatusName,
    lapsed: boolean,
  ) => { status: CommitmentStatusName; reason: string } | null;
  readonly linkKey?: string;
}

/**
 * @example deriveStatus({madeOn: '2025-04-26', due: '2026-12-31', links: [], asOf: '2025-12-25'}).current // 'pending'
 */
export function deriveStatus(input: StatusInput): CommitmentStatus {
  const start = input.madeOn ?? input.links[0]?.evidenceDate ?? input.asOf;
  const history: StatusPeriod[] = [{ status: 'pending', since: start, reason: 'promised', by: 'machine' }];
  const events: Event[] = input.links.filter(counts).map((l) => linkEvent(l, input.superseding));
  if (input.due) events.push({ day: nextDay(input.due), apply: deadlinePassed });
  events.sort((a, b) => a.day.localeCompare(b.day));
  for (const e of events) {
    if (e.day > input.asOf) break;
    const last = history[history.length - 1];
    const current = last.status;
    const next = e.apply(current, last.by === 'machine' && last.reason === LAPSED);
    if (next && next.status !== current)
      history.push({ ...next, since: e.day, by: 'machine', ...(e.linkKey ? { linkKey: e.linkKey } : {}) });
  }
  const o = input.override;
  // A reviewer's status stands whatever day it was set: set after the latest document (the usual
  // case, since `asOf` is the store's latest date) it would otherwise never be seen. Only a status
  // the reviewer dated to a day still to come waits for that day.
  if (o && !(o.dated && o.since > input.asOf)) {
    const kept = history.filter((p) => p.since < o.since);
    kept.push({ status: o.status, since: o.since, reason: o.reason || 'set by a reviewer', by: 'reviewer' });
    return { current: o.status, history: kept };
  }
  return { current: history[history.length - 1].status, history };
}

function counts(l: Link): boolean {
  if (l.review === 'rejected' || !l.evidenceDate) return false;
  return l.review === 'confirmed' || l.confidence >= STATUS_MIN_CONFIDENCE;
}

const FINAL: ReadonlySet<CommitmentStatusName> = new Set(['fulfilled', 'not-fulfilled', 'superseded']);

function linkEvent(l: Link, superseding: ReadonlySet<string> | undefined): Event {
  const reason = `${l.kind} (${l.rule})`;
  const apply = (current: CommitmentStatusName, lapsed: boolean) => {
    // A report that the act happened after all outweighs a deadline that passed in silence.
    if (l.kind === 'fulfilled' && lapsed) return { status: 'fulfilled' as const, reason };
    if (FINAL.has(current)) return null;
    if (l.kind === 'fulfilled') return { status: 'fulfilled' as const, reason };
    if (l.kind === 'contradicted') return { status: 'not-fulfilled' as const, reason };
    if (l.kind === 'progress' && current === 'pending') return { status: 'in-progress' as const, reason };
    if (l.kind === 'repeat' && superseding?.has(l.key)) return { status: 'superseded' as const, reason };
    return null;
  };
  return { day: l.evidenceDate!.slice(0, 10), apply, linkKey: l.key };
}

const LAPSED = 'deadline passed with no evidence';

function deadlinePassed(current: CommitmentStatusName) {
  if (current === 'pending') return { status: 'not-fulfilled' as const, reason: LAPSED };
  if (current === 'in-progress')
    return { status: 'partly-fulfilled' as const, reason: 'deadline passed with progress only' };
  return null;
}
