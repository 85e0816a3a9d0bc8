/**
 * @module tracking-csv
 * CSV of the tracker's read models: commitments with status and evidence, scorecards, and the
 * calendar of promised events. Text cells are untrusted; `toCsv` neutralises formulas.
 */
import type { CalendarEvent } from '../track/calendar.ts';
import type { CommitmentRecord } from '../track/commitment-records.ts';
import type { ScoreLine, StateScorecard } from '../track/scorecard.ts';
import { toCsv } from './csv.ts';

/** One row per commitment; its evidence as `kind date document` entries in one cell. */
export function commitmentsCsv(records: readonly CommitmentRecord[]): string {
  return toCsv(
    [
      'key',
      'document',
      'clause',
      'kind',
      'format',
      'made_on',
      'due',
      'actors',
      'sectors',
      'status',
      'status_since',
      'evidence',
      'text',
    ],
    records.map((r) => [
      r.commitment.key,
      r.document.fileName ?? r.document.id,
      r.commitment.clause,
      r.commitment.kind,
      r.commitment.format,
      r.commitment.madeOn,
      r.commitment.due,
      r.commitment.actors,
      r.commitment.sectors,
      r.status.current,
      r.status.history.at(-1)?.since,
      r.evidence.map((e) => `${e.kind} ${e.evidenceDate ?? ''} ${e.document.fileName ?? e.document.id}`),
      r.text,
    ]),
  );
}

/** One row per state and breakdown (`all`, `format`, `sector`, `year`). */
export function scorecardCsv(cards: readonly StateScorecard[]): string {
  const rows: unknown[][] = [];
  const push = (state: string, by: string, l: ScoreLine) =>
    rows.push([state, by, l.key, l.commitments, l.scored, l.compliance, l.fulfilled, l.fulfilledShare]);
  for (const c of cards) {
    push(c.key, 'all', c);
    for (const l of c.byFormat) push(c.key, 'format', l);
    for (const l of c.bySector) push(c.key, 'sector', l);
    for (const l of c.byYear) push(c.key, 'year', l);
  }
  return toCsv(['state', 'by', 'group', 'commitments', 'scored', 'compliance', 'fulfilled', 'fulfilled_share'], rows);
}

export function calendarCsv(events: readonly CalendarEvent[]): string {
  return toCsv(
    ['uid', 'name', 'format', 'date', 'start', 'end', 'place', 'state', 'commitments'],
    events.map((e) => [e.uid, e.name, e.format, e.date, e.start, e.end, e.place, e.state, e.commitmentKeys.length]),
  );
}
