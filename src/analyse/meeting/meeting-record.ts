/**
 * @module meeting-record
 * Deciding with the knowledge base: the meeting record the found fields identify (same date; or
 * same edition and level; or the nearest before publication), which confirms or fills them.
 */
import type { MeetingValue } from '../../model/layers.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { MeetingNote } from './meeting-types.ts';

/** The KB meeting this one is: same date; else same edition and level; else the nearest before publication. */
export function linkMeeting(
  meetings: readonly FormatMeeting[],
  v: MeetingValue,
  published: string | undefined,
  text: string,
): { meeting: FormatMeeting; how: string } | null {
  if (v.date) {
    const same = meetings.find((m) => m.date === v.date);
    if (same) return { meeting: same, how: 'date' };
    // A report dates the day it tells of ("on Wednesday the leaders adopted …"): a later day of a multi-day meeting.
    const during = meetings.find((m) => m.date && m.end && m.date < v.date! && v.date! <= m.end);
    if (during) return { meeting: during, how: 'during' };
  }
  if (v.edition !== null && v.level) {
    const same = meetings.find((m) => m.edition === v.edition && m.level === v.level);
    if (same) return { meeting: same, how: 'edition' };
  }
  if (!v.date && published) {
    // Published in a month only ("unknown (June 2024)"): any day of it may be the day of publication.
    const { from, limit } = publicationWindow(published);
    const near = meetings
      .filter(
        (m) =>
          m.date &&
          (!v.level || m.level === v.level) &&
          Date.parse(m.date) <= limit + DAY &&
          from - Date.parse(m.date) < 45 * DAY,
      )
      .sort((a, b) => Date.parse(b.date!) - Date.parse(a.date!))[0];
    if (near) return { meeting: near, how: 'published' };
  }
  if (!v.date && v.city && v.level) {
    // Undated, but placed: the format's one meeting of that level in that city whose year the text mentions.
    const here = meetings.filter(
      (m) => m.city === v.city && m.level === v.level && m.date && new RegExp(`\\b${m.date.slice(0, 4)}\\b`).test(text),
    );
    if (here.length === 1) return { meeting: here[0], how: 'place' };
  }
  return null;
}

const DAY = 86400000;

/** The first and last day a publication date (`YYYY-MM-DD` or `YYYY-MM`) may stand for, as epoch milliseconds. */
function publicationWindow(published: string): { from: number; limit: number } {
  const from = Date.parse(published.length === 7 ? `${published}-01` : published);
  if (published.length !== 7) return { from, limit: from };
  const next = new Date(from);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from, limit: next.getTime() - DAY };
}

export function fillFromRecord(
  v: MeetingValue,
  m: FormatMeeting,
  brokenDate: boolean,
  notes: MeetingNote[],
): MeetingValue {
  if (brokenDate && m.date)
    notes.push({
      severity: 'info',
      rule: 'kb-date',
      message: `Date ${m.date} taken from the knowledge base meeting record ${m.id}`,
    });
  // A meeting is dated by its first day; a day read inside the record's span is that meeting's, and a one-day reading
  // of the record's first day lacks only the end.
  const within = !!(v.date && m.date && m.end && m.date <= v.date && v.date <= m.end && !v.end);
  const useDate = !v.date || brokenDate || within;
  return {
    ...v,
    level: v.level ?? m.level,
    date: useDate ? m.date : v.date,
    end: useDate ? (m.end ?? null) : v.end,
    city: v.city ?? m.city,
    country: v.country ?? m.country,
  };
}
