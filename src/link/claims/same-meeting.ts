/**
 * @module same-meeting
 * Whether a report and a primary document speak of the same meeting when their identities
 * differ (a report that misses the edition, a document dated a day later): same format, a
 * compatible level, and dates within a few days or the same edition. Identity from the
 * analysis is tried first; this only links a report whose own meeting has no primary document.
 */
import type { MeetingValue } from '../../model/layers.ts';

/** Days a report's date may differ from the meeting's (reports date the day after, or the eve). */
const NEAR_DAYS = 3;

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

/**
 * True when both describe one meeting.
 * @example sameMeeting({ format: 'G7', …, date: '2024-06-13' }, { format: 'G7', …, date: '2024-06-15' }) === true
 */
export function sameMeeting(a: MeetingFacts, b: MeetingFacts): boolean {
  if (!formatKey(a) || formatKey(a) !== formatKey(b)) return false;
  if (a.level && b.level && a.level !== b.level) return false;
  if (a.date && b.date && a.date.length >= 10 && b.date.length >= 10) return daysApart(a.date, b.date) <= NEAR_DAYS;
  if (a.edition !== null && b.edition !== null) return a.edition === b.edition;
  return false;
}

/** Whole days between two ISO dates. */
export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}
