/**
 * @module reference-details
 * What a statement says about an event it refers to: the date and place given right after its
 * name, and which of the document's format's meetings an ordinal phrase names ("the 5th meeting").
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { findDates, monthNumber } from '../shared/find-dates.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { ReferenceFact } from './reference-candidates.ts';

/** The meeting the document comes from, and the KB meetings of its format, for "the 5th meeting" style references. */
export interface ReferenceMeeting {
  readonly format: string | null;
  readonly formatId?: string | null;
  readonly level: MeetingLevel | null;
  readonly edition: number | null;
  readonly date: string | null;
  readonly city: string | null;
  readonly meetings: readonly FormatMeeting[];
}

/**
 * "the 5th meeting", "the 2nd … Summit": the format's meeting of that edition (name, and date and place unless the text
 * gives them).
 */
const FORMAT_WORDS =
  /[“"]?\b[A-Z][A-Za-z]+\s*(?:[-–—+]\s*|\s)Central\s+Asia[”"]?|[“"]?\bCentral\s+Asia\s*[-–—+]\s*[A-Z][A-Za-z]+\b[”"]?/g;

export function withKnownMeeting(
  ref: ReferenceFact,
  words: string,
  after: string,
  meeting: ReferenceMeeting,
): ReferenceFact {
  const ord =
    /\b(\d{1,2})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(words);
  if (!ord) return ref;
  const edition = ord[1] ? Number(ord[1]) : ORDINALS.indexOf(ord[2].toLowerCase()) + 1;
  const level: MeetingLevel | null = /\bsummit\b/i.test(words)
    ? 'heads-of-state'
    : /\bforeign|ministers? of foreign affairs\b/i.test(words)
      ? 'foreign-ministers'
      : /^\S+\s+(meeting|session)$/i.test(words.trim())
        ? meeting.level
        : null;
  if (!level || /\b(forum|conference|exhibition|expo)\b/i.test(words)) return ref;
  // Another series' name in the words ("Second Bishkek+25 Global Mountain Summit") is not this format's meeting.
  const rest = words
    .replace(FORMAT_WORDS, ' ')
    .replace(
      new RegExp(
        String.raw`\b(?:the|of|and|Heads?|State|Summit|Foreign|Ministers?|Affairs|Meeting|Session|Ministerial` +
          String.raw`|format)\b|\d+(?:st|nd|rd|th)|[^\p{L}\d]+`,
        'giu',
      ),
      ' ',
    );
  if (/\b[A-Z]/.test(rest.replace(ord[0], ' '))) return ref;
  // A bare "first meeting" is this format's only when the text places it ("the 5th meeting in Chengdu").
  if (/^\S+\s+(meeting|session)$/i.test(words.trim()) && !/^\s*(?:in\s+[A-Z]|\(|held)/.test(after)) return ref;
  const known = meeting.meetings.find((m) => m.edition === edition && m.level === level);
  if (!known) return ref;
  // A place or year the text gives that the listed meeting does not have: another series' meeting.
  if (ref.place && known.city && known.country && !samePlace(ref.place, known.city, known.country)) return ref;
  if (ref.date && known.date && ref.date.slice(0, 4) !== known.date.slice(0, 4)) return ref;
  return { type: 'event', name: known.name, date: ref.date ?? known.date, place: ref.place ?? known.city };
}
function samePlace(place: string, city: string, country: string): boolean {
  return place === city || place === country || (place.length === 2 && place.toUpperCase() === country);
}
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Date and place given right after an event's name: "held on 4-5 April 2025 in Samarkand", "in 2026 in China". */
export function eventDetails(
  s: string,
  at: number,
  lexicons: Lexicons,
  referenceYear: number | null,
): { date: string | null; place: string | null } {
  const window = s.slice(at, at + 160).split(/[;.]|,\s*(?:which|as well as)\b|\bwhich\b/)[0];
  const d = findDates(window, referenceYear).find((x) => !x.broken && x.date);
  const year = /\bin\s+(\d{4})\b/.exec(window)?.[1];
  const months = monthSpan(window, referenceYear);
  const date = d ? (d.until ? `${d.date}/${d.until}` : d.date) : (months ?? year ?? null);
  const m = kbMatchers(lexicons.kb);
  const placeHit = [...m.cities.find(window), ...m.countries.find(window)]
    .filter((h) => /\b(in|at)\s+(the\s+)?$/i.test(window.slice(Math.max(0, h.start - 8), h.start)))
    .sort((a, b) => a.start - b.start)[0];
  return { date, place: placeHit ? window.slice(placeHit.start, placeHit.end) : null };
}

/** "in May and June this year" → "2025-05/2025-06"; "in June 2026" → "2026-06". */
function monthSpan(window: string, referenceYear: number | null): string | null {
  const m = MONTH_SPAN.exec(window);
  if (!m) return null;
  const year = m[4] ? Number(m[4]) : referenceYear === null ? null : referenceYear + (/next/i.test(m[3]) ? 1 : 0);
  if (year === null) return null;
  const iso = (name: string) => `${year}-${String(monthNumber(name)).padStart(2, '0')}`;
  return m[2] ? `${iso(m[1])}/${iso(m[2])}` : iso(m[1]);
}
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH_SPAN = new RegExp(
  `\\bin\\s+${MONTH}(?:\\s+(?:and|or|-|–)\\s+${MONTH})?\\s+(?:(this|next) year|(\\d{4}))`,
  'i',
);
