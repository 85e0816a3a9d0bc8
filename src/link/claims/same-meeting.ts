/**
 * @module same-meeting
 * The facts of a meeting the claims stage keeps, and the folded format key documents are
 * looked up by (whether a report fits a meeting is `score-meeting-match`'s to decide).
 */
import type { MeetingValue } from '../../model/layers.ts';

/** A meeting as the claims stage keeps it for matching. */
export type MeetingFacts = Pick<MeetingValue, 'format' | 'level' | 'edition' | 'date'> & { formatId?: string | null };

/** The key reports and documents are looked up by: the format, folded. */
export function formatKey(m: Pick<MeetingFacts, 'format' | 'formatId'>): string | null {
  const key = m.formatId ?? m.format;
  return key
    ? key
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9+]+/g, '-')
    : null;
}
