/**
 * @module score-meeting-match
 * How well a report's signature fits a meeting's primary documents: each fact they share or
 * contradict (the event named, the format or one of its partners, level, edition, dates, the
 * day of publication, the city, people, title words) adds or takes away points, with weights
 * and windows as data (data/lexicons/meeting-grouping.json). The reasons are kept, so that the
 * grouping can say why a report was filed under a meeting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../analyse/shared/load-lexicons.ts';
import { fold, type MeetingSignature } from './meeting-signature.ts';

/** One fact behind a score. */
export interface MatchReason {
  readonly feature: string;
  readonly points: number;
  readonly detail: string;
}

export interface MeetingMatch {
  readonly score: number;
  readonly reasons: readonly MatchReason[];
}

/** The grouping's settings (data/lexicons/meeting-grouping.json). */
export interface GroupingSettings {
  readonly threshold: number;
  readonly margin: number;
  readonly nearDays: number;
  readonly farDays: number;
  readonly publishedAfterDays: number;
  readonly lateDays: number;
  readonly weights: Readonly<Record<string, number>>;
}

let settings: GroupingSettings | undefined;

/** The settings, read once. */
export function groupingSettings(): GroupingSettings {
  settings ??= JSON.parse(readFileSync(join(DATA_DIR, 'lexicons', 'meeting-grouping.json'), 'utf8'));
  return settings!;
}

/**
 * The report's fit with a meeting, the best over the meeting's primary documents.
 * @example scoreMeetingMatch(report, [communique]).score >= groupingSettings().threshold
 */
export function scoreMeetingMatch(
  report: MeetingSignature,
  primaries: readonly MeetingSignature[],
  s: GroupingSettings = groupingSettings(),
): MeetingMatch {
  let best: MeetingMatch = { score: Number.NEGATIVE_INFINITY, reasons: [] };
  for (const p of primaries) {
    const reasons = scorePair(report, p, s);
    const score = reasons.reduce((sum, r) => sum + r.points, 0);
    if (score > best.score) best = { score, reasons };
  }
  return best;
}

function scorePair(r: MeetingSignature, p: MeetingSignature, s: GroupingSettings): MatchReason[] {
  const w = s.weights;
  const out: MatchReason[] = [];
  const add = (feature: string, points: number | undefined, detail: string) => {
    if (points) out.push({ feature, points, detail });
  };
  if (p.meetingId && r.meetingId === p.meetingId) add('identity', w.identitySame, `identified as ${p.meetingId}`);
  if (p.meetingId && r.events.includes(p.meetingId)) add('event', w.eventNamed, `names ${p.meetingId}`);
  const format = formatRelation(r, p);
  if (format === 'same') add('format', w.formatSame, `format ${p.format ?? p.formatId}`);
  if (format === 'partner') add('format', w.formatPartner, `${r.format} is a partner of ${p.format}`);
  if (format === 'other') add('format', w.formatOther, `format ${r.format} vs ${p.format}`);
  if (concrete(r.level) && concrete(p.level) && r.level !== p.level)
    add('level', w.levelOther, `level ${r.level} vs ${p.level}`);
  if (r.edition !== null && p.edition !== null)
    add('edition', r.edition === p.edition ? w.editionSame : w.editionOther, `edition ${r.edition} vs ${p.edition}`);
  const meetingDay = p.date ?? (p.published?.length === 10 ? p.published : null);
  const reportDay = trustedDate(r, s);
  if (reportDay && meetingDay) {
    const apart = daysOutside(reportDay, meetingDay, p.end);
    if (apart === 0) add('date', w.dateSame, `date ${reportDay}`);
    else if (apart <= s.nearDays) add('date', w.dateNear, `date ${reportDay} vs ${meetingDay}`);
    else if (apart > s.farDays) add('date', w.dateFar, `date ${reportDay} vs ${meetingDay}`);
  }
  if (r.published && meetingDay) {
    const after = daysBetween(meetingDay, r.published);
    if (r.published.length === 10 && after >= -1 && after <= s.publishedAfterDays)
      add('published', w.publishedNear, `published ${r.published}, ${after} days after`);
    else if (r.published.length === 7 && meetingDay.startsWith(r.published))
      add('published', w.publishedMonth, `published in ${r.published}`);
    else if (r.published < meetingDay.slice(0, r.published.length))
      add('published', w.publishedBefore, `published ${r.published}, before ${meetingDay}`);
    else if (after > s.lateDays)
      add('published', w.publishedLate, `published ${r.published}, long after ${meetingDay}`);
  }
  if (r.city) {
    const city = fold(r.city);
    if ((p.city && fold(p.city) === city) || p.titleText.includes(city)) add('city', w.citySame, `city ${r.city}`);
    else if (p.city) add('city', w.cityOther, `city ${r.city} vs ${p.city}`);
  }
  const people = r.people.filter((x) => p.people.includes(x));
  if (people.length)
    add(
      'people',
      Math.min(w.peopleSharedMax!, people.length * w.peopleShared!),
      `${people.length} people named by both`,
    );
  const shared = r.title.filter((t) => p.title.includes(t)).length;
  const union = new Set([...r.title, ...p.title]).size;
  if (shared && union) add('title', round(w.titleShared! * Math.min(1, (2 * shared) / union)), `${shared} title words`);
  return out;
}

/** Same format, one a partner of the other ("ASEAN" of "ASEAN–US"), or another format. */
function formatRelation(r: MeetingSignature, p: MeetingSignature): 'same' | 'partner' | 'other' | null {
  if (!(r.formatId || r.format) || !(p.formatId || p.format)) return null;
  if (r.formatId && r.formatId === p.formatId) return 'same';
  const a = words(r.format);
  const b = words(p.format);
  if (a.length && b.length && a.join(' ') === b.join(' ')) return 'same';
  const shared = a.filter((x) => b.includes(x)).length;
  return shared && shared / Math.min(a.length, b.length) >= 0.5 ? 'partner' : 'other';
}

/**
 * The day a document's meeting is filed under: for a primary document its meeting's date, else
 * its day of publication; for a report its meeting's date unless its publication contradicts it,
 * else the day it was published.
 */
export function meetingDay(s: MeetingSignature, primary: boolean): string | null {
  const published = s.published?.length === 10 ? s.published : null;
  return (primary ? s.date : trustedDate(s, groupingSettings())) ?? published;
}

/** The report's meeting date, unless its publication says the date is of another event. */
function trustedDate(r: MeetingSignature, s: GroupingSettings): string | null {
  if (!r.date || !r.published) return r.date;
  // A report cannot be about a meeting held after it was published, nor, usually, long before.
  const published = r.published.length === 10 ? r.published : `${r.published}-15`;
  const after = daysBetween(r.date, published);
  return after < -s.nearDays || after > s.lateDays ? null : r.date;
}

function concrete(level: string | null): boolean {
  return !!level && level !== 'other';
}

function words(format: string | null): string[] {
  return format ? fold(format).trim().split(' ').filter(Boolean) : [];
}

/** Days from `a` to `b` (negative when `b` is earlier); months count from their first day. */
function daysBetween(a: string, b: string): number {
  const day = (x: string) => Date.parse(x.length === 7 ? `${x}-01` : x.slice(0, 10));
  return Math.round((day(b) - day(a)) / 86_400_000);
}

/** Days `day` lies outside [start, end]. */
function daysOutside(day: string, start: string, end: string | null): number {
  if (day >= start && end && day <= end) return 0;
  return Math.min(Math.abs(daysBetween(day, start)), end ? Math.abs(daysBetween(day, end)) : Number.POSITIVE_INFINITY);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
