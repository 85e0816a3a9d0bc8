/**
 * @module tracking
 * What the API, the pages and the CLI ask of the tracker, in one place: commitments with status
 * and evidence, scorecards, the calendar and its feed, the review of implementation for a
 * format's next meeting, and reviewers' verdicts (appended as decisions).
 */
import { type CommitmentStatusName, isCommitmentStatus } from '../model/commitment-status.ts';
import type { Store } from '../store/store.ts';
import { type CalendarEvent, calendarEvents } from '../track/calendar.ts';
import { type CommitmentFilter, type CommitmentRecord, loadTracking } from '../track/commitment-records.ts';
import { REVIEW_LINK, SET_STATUS } from '../track/reviews.ts';
import { type ScoreLine, type StateScorecard, sectorScorecard, stateScorecards } from '../track/scorecard.ts';
import { appendDecision } from './append-decision.ts';

export interface CommitmentsPage {
  readonly asOf: string;
  readonly total: number;
  readonly items: readonly CommitmentRecord[];
  readonly byStatus: Readonly<Record<string, number>>;
}

export async function listCommitments(
  store: Store,
  filter: CommitmentFilter,
  page: { limit?: number; offset?: number } = {},
): Promise<CommitmentsPage> {
  const { asOf, records } = await loadTracking(store, filter);
  const byStatus: Record<string, number> = {};
  for (const r of records) byStatus[r.status.current] = (byStatus[r.status.current] ?? 0) + 1;
  const offset = page.offset ?? 0;
  return {
    asOf,
    total: records.length,
    items: records.slice(offset, offset + (page.limit ?? records.length)),
    byStatus,
  };
}

export async function getCommitment(store: Store, key: string): Promise<CommitmentRecord | undefined> {
  const documentId = key.split(':')[0];
  const { records } = await loadTracking(store, { documentId });
  return records.find((r) => r.commitment.key === key);
}

export interface Scorecards {
  readonly asOf: string;
  readonly states: readonly StateScorecard[];
  readonly sectors: readonly ScoreLine[];
}

export async function scorecards(store: Store, filter: CommitmentFilter = {}): Promise<Scorecards> {
  const { asOf, records } = await loadTracking(store, filter);
  return { asOf, states: stateScorecards(records), sectors: sectorScorecard(records) };
}

export async function calendar(
  store: Store,
  filter: CommitmentFilter = {},
): Promise<{ asOf: string; events: CalendarEvent[] }> {
  const { asOf, records } = await loadTracking(store, filter);
  return { asOf, events: calendarEvents(records, asOf) };
}

/**
 * Every promise of one meeting of a format (by default its latest with promises), with status
 * and evidence: what the format's next meeting reviews.
 */
export async function implementationReview(
  store: Store,
  format: string,
  meetingId?: string,
): Promise<{
  asOf: string;
  meeting: { id: string | null; madeOn: string | null } | null;
  /** The format's texts with promises, newest first: the reviews a reader may ask for instead. */
  meetings: readonly { id: string | null; madeOn: string | null; title: string }[];
  records: CommitmentRecord[];
}> {
  const { asOf, records } = await loadTracking(store, { format });
  const newestFirst = [...records].sort((a, b) => (b.commitment.madeOn ?? '').localeCompare(a.commitment.madeOn ?? ''));
  const meetings = textsOf(newestFirst);
  const asked = newestFirst.filter((r) => !meetingId || r.commitment.meetingId === meetingId);
  // The review prepares the next meeting, so it follows the previous meeting's text; a statement issued between
  // meetings (no meeting of its own) is reviewed only when the format has no meeting text at all.
  const latest = asked.find((r) => r.commitment.meetingId) ?? asked[0];
  if (!latest) return { asOf, meeting: null, meetings, records: [] };
  const same = (r: CommitmentRecord) =>
    latest.commitment.meetingId
      ? r.commitment.meetingId === latest.commitment.meetingId
      : r.commitment.madeOn === latest.commitment.madeOn;
  const chosen = records.filter(same);
  // One document per meeting is enough: versions of one text list the same promises.
  const documentId = chosen.find((r) => r.commitment.kind === 'commitment')?.document.id ?? chosen[0].document.id;
  return {
    asOf,
    meeting: { id: latest.commitment.meetingId, madeOn: latest.commitment.madeOn },
    meetings,
    records: chosen.filter((r) => r.document.id === documentId),
  };
}

/** One entry per meeting (or per date for texts of no meeting), in the order given. */
function textsOf(records: readonly CommitmentRecord[]) {
  const seen = new Map<string, { id: string | null; madeOn: string | null; title: string }>();
  for (const r of records) {
    const key = r.commitment.meetingId ?? `date:${r.commitment.madeOn}`;
    if (!seen.has(key))
      seen.set(key, { id: r.commitment.meetingId, madeOn: r.commitment.madeOn, title: r.document.title ?? key });
  }
  return [...seen.values()];
}

export async function reviewLink(
  store: Store,
  key: string,
  verdict: 'confirmed' | 'rejected',
  by: string,
  note?: string,
) {
  return appendDecision(store, {
    target: `link:${key}`,
    action: REVIEW_LINK,
    payload: { verdict },
    by,
    at: new Date().toISOString(),
    ...(note ? { note } : {}),
  });
}

export async function setStatus(
  store: Store,
  key: string,
  change: { status: CommitmentStatusName; reason: string; since?: string },
  by: string,
) {
  if (!isCommitmentStatus(change.status)) throw new Error(`unknown status ${change.status}`);
  return appendDecision(store, {
    target: `commitment:${key}`,
    action: SET_STATUS,
    payload: { status: change.status, reason: change.reason, ...(change.since ? { since: change.since } : {}) },
    by,
    at: new Date().toISOString(),
    note: change.reason,
  });
}
