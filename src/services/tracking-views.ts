/**
 * @module tracking-views
 * What the tracking pages show beyond the records: links into the reader for each promise and
 * each evidence passage, and a format's overview (its meetings, their promises, scorecards,
 * overdue promises), so the pages only lay out what they are given.
 */
import type { Store } from '../store/store.ts';
import { type CalendarEvent, calendarEvents } from '../track/calendar.ts';
import type { CommitmentRecord } from '../track/commitment-records.ts';
import { loadTracking } from '../track/commitment-records.ts';
import { coveredElsewhere } from '../track/meeting-coverage.ts';
import { loadReviews } from '../track/reviews.ts';
import { type ScoreLine, type StateScorecard, sectorScorecard, stateScorecards } from '../track/scorecard.ts';
import { readerHref } from './anchor-id.ts';
import { anchorAt, nodeAnchors } from './node-anchors.ts';

/** Reader links keyed `<documentId>:<start>`, for every promise and evidence passage of the records. */
export async function readerLinks(store: Store, records: readonly CommitmentRecord[]): Promise<Map<string, string>> {
  const spans = records.flatMap((r) => [
    { id: r.commitment.documentId, start: r.commitment.start },
    ...r.evidence.map((e) => ({ id: e.evidence.documentId, start: e.evidence.start })),
  ]);
  const out = new Map<string, string>();
  for (const id of new Set(spans.map((s) => s.id))) {
    const stored = await store.getDocument(id);
    const anchors = stored ? nodeAnchors(stored.tree) : [];
    for (const s of spans) if (s.id === id) out.set(`${id}:${s.start}`, readerHref(id, anchorAt(anchors, s.start)));
  }
  return out;
}

/**
 * The keys of a record's coverage links that another report of the same meeting stands for:
 * the same choice the analysis export makes (`coveredElsewhere`), so a page shows that report
 * first and these as secondary.
 */
export async function secondaryCoverage(store: Store, record: CommitmentRecord): Promise<Set<string>> {
  const links = record.evidence.map((e) => ({ ...e, commitmentKey: record.commitment.key }));
  return coveredElsewhere(store, links, await loadReviews(store));
}

export interface MeetingGroup {
  readonly meetingId: string | null;
  readonly madeOn: string | null;
  /** A document of the meeting, for its title. */
  readonly title: string;
  readonly records: readonly CommitmentRecord[];
}

export interface FormatOverview {
  readonly format: string;
  readonly asOf: string;
  readonly meetings: readonly MeetingGroup[];
  readonly states: readonly StateScorecard[];
  readonly sectors: readonly ScoreLine[];
  readonly overdue: readonly CommitmentRecord[];
  /** The events its promises name (held, upcoming, overdue). */
  readonly events: readonly CalendarEvent[];
}

/** A format's meetings (oldest first) with their promises, scorecards, and promises overdue. */
export async function formatOverview(store: Store, format: string): Promise<FormatOverview> {
  const { asOf, records } = await loadTracking(store, { format });
  const groups = new Map<string, CommitmentRecord[]>();
  for (const r of records) {
    const key = r.commitment.meetingId ?? `${r.commitment.madeOn}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const meetings = [...groups.values()]
    .map((rs) => ({
      meetingId: rs[0].commitment.meetingId,
      madeOn: rs[0].commitment.madeOn,
      title: rs[0].document.title ?? rs[0].document.fileName ?? rs[0].document.id,
      records: onePerText(rs),
    }))
    .sort((a, b) => (a.madeOn ?? '').localeCompare(b.madeOn ?? ''));
  const shown = meetings.flatMap((m) => m.records);
  return {
    format,
    asOf,
    meetings,
    states: stateScorecards(shown),
    sectors: sectorScorecard(shown),
    events: calendarEvents(records, asOf),
    overdue: shown.filter((r) => r.commitment.due && r.commitment.due < asOf && r.status.current === 'not-fulfilled'),
  };
}

/** The formats with followed promises, by name. */
export async function trackedFormats(store: Store): Promise<string[]> {
  const { records } = await loadTracking(store);
  return [...new Set(records.map((r) => r.commitment.format).filter((f): f is string => !!f))].sort();
}

/** Versions of one text (several sources of one communiqué) list the same promises: keep the version with most. */
function onePerText(records: readonly CommitmentRecord[]): CommitmentRecord[] {
  const byDoc = new Map<string, CommitmentRecord[]>();
  for (const r of records) byDoc.set(r.document.id, [...(byDoc.get(r.document.id) ?? []), r]);
  return [...byDoc.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}
