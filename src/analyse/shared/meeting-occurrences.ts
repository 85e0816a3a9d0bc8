/**
 * @module meeting-occurrences
 * Several meetings named in one phrase: "the Foreign Ministers' Meetings held in Chengdu on
 * December 1, 2024, and in Almaty on April 26, 2025", "the meeting of foreign ministers of the
 * … format (December 1, 2024, Chengdu and April 26, 2025, Almaty)". Each date–place pair is one
 * meeting; a format's meeting of that level on that date (or in that city that year) is the one
 * the knowledge base lists.
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { DateFinder } from './find-dates.ts';

/** One meeting of a plural phrase: its ISO date and the place as printed. */
export interface MeetingOccurrence {
  readonly date: string;
  readonly place: string;
}

/** Finds places in a text window: `[start, end)` of each city or country name. */
export type PlaceFinder = (text: string) => readonly { start: number; end: number }[];

const PLURAL_HEAD = /\b(?:meetings|summits|sessions|conferences|forums)\b[’']?\s*$/i;

/**
 * The meetings that the phrase `words`, followed in the text by `after`, names — two or more
 * date–place pairs — or [] when it names one meeting (or no pair can be read).
 * @example meetingOccurrences("Foreign Ministers' Meetings", ' held in Chengdu on December 1, 2024, and in Almaty on
 * April 26, 2025.', places, 2025, lexicons.dates).length === 2
 */
export function meetingOccurrences(
  words: string,
  after: string,
  places: PlaceFinder,
  referenceYear: number | null,
  dates: DateFinder,
): MeetingOccurrence[] {
  const paren = /^\s*\(([^()]{10,200})\)/.exec(after);
  let window: string;
  if (paren) window = paren[1];
  else if (PLURAL_HEAD.test(words) && /^\s*,?\s*(?:held|in|at|on)\b/i.test(after))
    window = after.slice(0, 220).split(/[;()]|\.(?:\s|$)/)[0];
  else return [];
  const found = dates.find(window, referenceYear).filter((d) => d.date && !d.broken);
  if (found.length < 2) return [];
  const hits = [...places(window)].sort((a, b) => a.start - b.start);
  if (hits.length < found.length) return [];
  // "in Chengdu on 1 December, and in Almaty on 26 April" puts the place first; "(1 December, Chengdu …)" the date.
  const placeFirst = hits[0].start < found[0].start;
  const out: MeetingOccurrence[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    const hit = placeFirst ? [...hits].reverse().find((h) => h.end <= d.start) : hits.find((h) => h.start >= d.end);
    if (!hit) return [];
    out.push({ date: d.until ? `${d.date}/${d.until}` : d.date!, place: window.slice(hit.start, hit.end) });
  }
  return new Set(out.map((o) => o.place)).size === out.length ? out : [];
}

/**
 * The knowledge base's meeting of that level held on that date, or in that city in that year.
 * @example knownOccurrence(meetings, 'foreign-ministers', { date: '2024-12-01', place: 'Chengdu' })?.edition === 5
 */
export function knownOccurrence(
  meetings: readonly FormatMeeting[],
  level: MeetingLevel | null,
  o: MeetingOccurrence,
  cityNames: (city: string) => readonly string[] = (c) => [c],
): FormatMeeting | undefined {
  const day = o.date.slice(0, 10);
  const candidates = meetings.filter((m) => !level || m.level === level);
  const sameDay = candidates.find(
    (m) => m.date && (m.date === day || (m.date.length < day.length && day.startsWith(m.date))),
  );
  if (sameDay) return sameDay;
  const place = o.place.toLowerCase();
  return candidates.find(
    (m) =>
      m.date?.slice(0, 4) === day.slice(0, 4) && m.city && cityNames(m.city).some((n) => n.toLowerCase() === place),
  );
}
