/**
 * @module scorecard
 * Compliance per member state on the G20 Research Group's scale: each promise a state made (it
 * is among the actors) scores +1 fulfilled, 0 partly fulfilled or in progress, −1 not
 * fulfilled; pending and superseded promises are not scored. A state's score is the mean over
 * its scored promises, beside the share of all its promises fulfilled; the same per format,
 * per sector and per year the promise was made.
 */
import { COMPLIANCE_SCORE } from '../model/commitment-status.ts';
import type { CommitmentRecord } from './commitment-records.ts';

export interface ScoreLine {
  /** What the line is about: a state code, format, sector or year. */
  readonly key: string;
  readonly commitments: number;
  /** Promises with a score (neither pending nor superseded). */
  readonly scored: number;
  /** Mean score in [−1, 1], null when nothing is scored. */
  readonly compliance: number | null;
  readonly fulfilled: number;
  /** fulfilled / commitments. */
  readonly fulfilledShare: number;
}

export interface StateScorecard extends ScoreLine {
  readonly byFormat: readonly ScoreLine[];
  readonly bySector: readonly ScoreLine[];
  readonly byYear: readonly ScoreLine[];
}

type Pick = (r: CommitmentRecord) => readonly string[];

const byFormat: Pick = (r) => [r.commitment.format ?? 'unknown'];
const bySector: Pick = (r) => r.commitment.sectors;
const byYear: Pick = (r) => [r.commitment.madeOn?.slice(0, 4) ?? 'unknown'];

/** One scorecard per member state, states in code order. */
export function stateScorecards(records: readonly CommitmentRecord[]): StateScorecard[] {
  return scoreLines(records, (r) => r.commitment.actors).map((line) => {
    const own = records.filter((r) => r.commitment.actors.includes(line.key));
    return {
      ...line,
      byFormat: scoreLines(own, byFormat),
      bySector: scoreLines(own, bySector),
      byYear: scoreLines(own, byYear),
    };
  });
}

/** Score lines over all promises, grouped by sector (a promise counts in each of its sectors). */
export function sectorScorecard(records: readonly CommitmentRecord[]): ScoreLine[] {
  return scoreLines(records, bySector);
}

/** Groups records by the keys `pick` gives each and scores every group. */
export function scoreLines(records: readonly CommitmentRecord[], pick: Pick): ScoreLine[] {
  const groups = new Map<string, CommitmentRecord[]>();
  for (const r of records) for (const k of new Set(pick(r))) groups.set(k, [...(groups.get(k) ?? []), r]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, rs]) => {
      const scores = rs.map((r) => COMPLIANCE_SCORE[r.status.current]).filter((s): s is 1 | 0 | -1 => s !== null);
      const fulfilled = rs.filter((r) => r.status.current === 'fulfilled').length;
      return {
        key,
        commitments: rs.length,
        scored: scores.length,
        compliance: scores.length ? round(scores.reduce<number>((a, b) => a + b, 0) / scores.length) : null,
        fulfilled,
        fulfilledShare: round(fulfilled / rs.length),
      };
    });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
