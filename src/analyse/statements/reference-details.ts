/**
 * @module reference-details
 * What a statement says about an event it refers to: the date and place given right after its
 * name, and which of the document's format's meetings an ordinal phrase names ("the 5th meeting").
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';
import { regionShape } from '../shared/region-shapes.ts';
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
 * gives them). Levels, series nouns and the words of a format meeting's name come from `meeting-levels.json`
 * (`references`), ordinals from `ordinals.json`, the region's names from `regions.json`.
 */
export function withKnownMeeting(
  ref: ReferenceFact,
  words: string,
  after: string,
  meeting: ReferenceMeeting,
  lexicons: Lexicons,
): ReferenceFact {
  const re = matchers(lexicons);
  const ord = re.ordinal.exec(words);
  if (!ord) return ref;
  const edition = ord[1] ? Number(ord[1]) : (lexicons.ordinals.words[ord[2].toLowerCase()] ?? 0);
  const bare = re.bare.test(words.trim());
  const level: MeetingLevel | null = re.levels.find((l) => l.re.test(words))?.level ?? (bare ? meeting.level : null);
  if (!level || re.otherSeries.test(words)) return ref;
  // Another series' name in the words ("Second Bishkek+25 Global Mountain Summit") is not this format's meeting.
  const rest = words.replace(re.formatWords, ' ').replace(re.nameWords, ' ');
  if (/\b[A-Z]/.test(rest.replace(ord[0], ' '))) return ref;
  // A bare "first meeting" is this format's only when the text places it ("the 5th meeting in Chengdu").
  if (bare && !/^\s*(?:in\s+[A-Z]|\(|held)/.test(after)) return ref;
  const known = meeting.meetings.find((m) => m.edition === edition && m.level === level);
  if (!known) return ref;
  // A place or year the text gives that the listed meeting does not have: another series' meeting.
  if (ref.place && known.city && known.country && !samePlace(ref.place, known.city, known.country)) return ref;
  if (ref.date && known.date && ref.date.slice(0, 4) !== known.date.slice(0, 4)) return ref;
  return { type: 'event', name: known.name, date: ref.date ?? known.date, place: ref.place ?? known.city };
}

const matchers = compileOnce((lexicons: Lexicons) => {
  const r = lexicons.meetingLevels.references;
  const region = regionShape(lexicons.regions);
  const ordinals = Object.keys(lexicons.ordinals.words).map(escape);
  const side = String.raw`\s*(?:[-–—+]\s*|\s)`;
  return {
    ordinal: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)\b|\b(${ordinals.join('|')})\b`, 'i'),
    levels: r.levels.map((l) => ({ level: l.level, re: new RegExp(String.raw`\b(?:${anyOf(l.words)})\b`, 'i') })),
    bare: new RegExp(String.raw`^\S+\s+(?:${anyOf(r.bare)})$`, 'i'),
    otherSeries: new RegExp(String.raw`\b(?:${anyOf(r.otherSeries)})\b`, 'i'),
    // "China–Central Asia", "Central Asia + Japan": a format named by its two sides.
    formatWords: new RegExp(
      String.raw`[“"]?\b[A-Z][A-Za-z]+${side}${region.name}[”"]?` +
        String.raw`|[“"]?\b${region.name}\s*[-–—+]\s*[A-Z][A-Za-z]+\b[”"]?`,
      'g',
    ),
    nameWords: new RegExp(String.raw`\b(?:${anyOf(r.nameWords)})\b|\d+(?:st|nd|rd|th)|[^\p{L}\d]+`, 'giu'),
  };
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function samePlace(place: string, city: string, country: string): boolean {
  return place === city || place === country || (place.length === 2 && place.toUpperCase() === country);
}

/** Date and place given right after an event's name: "held on 4-5 April 2025 in Samarkand", "in 2026 in China". */
export function eventDetails(
  s: string,
  at: number,
  lexicons: Lexicons,
  referenceYear: number | null,
): { date: string | null; place: string | null } {
  const window = s.slice(at, at + 160).split(/[;.]|,\s*(?:which|as well as)\b|\bwhich\b/)[0];
  const d = lexicons.dates.find(window, referenceYear).find((x) => !x.broken && x.date);
  const year = /\bin\s+(\d{4})\b/.exec(window)?.[1];
  const months = monthSpan(window, referenceYear, lexicons);
  const date = d ? (d.until ? `${d.date}/${d.until}` : d.date) : (months ?? year ?? null);
  const m = kbMatchers(lexicons.kb);
  const placeHit = [...m.cities.find(window), ...m.countries.find(window)]
    .filter((h) => /\b(in|at)\s+(the\s+)?$/i.test(window.slice(Math.max(0, h.start - 8), h.start)))
    .sort((a, b) => a.start - b.start)[0];
  return { date, place: placeHit ? window.slice(placeHit.start, placeHit.end) : null };
}

/** "in May and June this year" → "2025-05/2025-06"; "in June 2026" → "2026-06". */
function monthSpan(window: string, referenceYear: number | null, lexicons: Lexicons): string | null {
  const re = monthMatchers(lexicons);
  const g = re.span.exec(window)?.groups;
  if (!g) return null;
  const year = g.digits
    ? Number(g.digits)
    : referenceYear === null
      ? null
      : referenceYear + (re.next.test(g.relative) ? 1 : 0);
  if (year === null) return null;
  const iso = (name: string) => `${year}-${String(lexicons.dates.monthNumber(name)).padStart(2, '0')}`;
  return g.last ? `${iso(g.first)}/${iso(g.last)}` : iso(g.first);
}

const monthMatchers = compileOnce(({ dates, datePhrases: p }: Lexicons) => ({
  span: new RegExp(
    String.raw`\b(?:${anyOf(p.eventMonths.before)})\s+(?<first>${dates.monthPattern})` +
      String.raw`(?:\s+(?:${anyOf(p.monthJoiners.words)})\s+(?<last>${dates.monthPattern}))?\s+` +
      String.raw`(?:(?<relative>${anyOf([...p.relativeYears.same, ...p.relativeYears.next])}) year|(?<digits>\d{4}))`,
    'i',
  ),
  next: new RegExp(String.raw`^(?:${anyOf(p.relativeYears.next)})$`, 'i'),
}));
