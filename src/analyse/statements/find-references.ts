/**
 * @module find-references
 * The named events, organisations, initiatives and projects a statement mentions: the `entities`
 * layer's mentions of those types inside it, plus names read from the text itself — runs of
 * capitalised words typed by their head noun ("… Climate Forum" → event, "… Secretariat" →
 * organisation, "… Initiative" → initiative, "… Railway" → project), quoted titles, and
 * "the next meeting of …" phrases. Events get the date and place the statement gives them.
 * Countries are never references.
 */
import type { Annotation } from '../../model/annotation.ts';
import type { EntityMentionValue, MeetingLevel, ReferenceValue } from '../../model/layers.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import { foldKey } from '../shared/name-matcher.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { findDates, monthNumber } from '../shared/find-dates.ts';
import { annotationsIn } from '../shared/annotations-in.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { frameKey, frameKeys } from './reference-frame.ts';
import { knownOccurrence, meetingOccurrences } from '../shared/meeting-occurrences.ts';
import { levelOf } from '../shared/meeting-level.ts';
import { lowerCaseProjects, nextFormatMeeting, printedOrCanonical } from './reference-names.ts';

type RefType = ReferenceValue['type'];
interface Found {
  start: number;
  end: number;
  ref: ReferenceValue;
  generic?: boolean;
  known?: boolean;
}

const ENTITY_TO_REF: Partial<Record<string, RefType>> = {
  event: 'event',
  organization: 'organization',
  initiative: 'initiative',
};
const cache = new WeakMap<object, { run: RegExp; heads: [RegExp, RefType][]; generic: RegExp; bare: RegExp }>();

/**
 * References of the statement `text[start, end)`.
 * @example findReferences(text, s.start, s.end, entities, lexicons, 2025)
 */
export function findReferences(
  text: string,
  start: number,
  end: number,
  entities: readonly Annotation[],
  lexicons: Lexicons,
  referenceYear: number | null,
  meeting: ReferenceMeeting | null = null,
): ReferenceValue[] {
  const slice = text.slice(start, end);
  const found: Found[] = [];
  // The document's own format (and the organisations its name is made of) is the frame, not a reference.
  const frame = frameKeys(lexicons.kb, meeting);
  const own = frameKeys(lexicons.kb, meeting, true);
  // One name per entity, whichever spelling it is met under first ("CARICC" after its full name).
  const named = new Map<string, string>();
  for (const a of annotationsIn(entities, start, end)) {
    const v = a.value as EntityMentionValue;
    const type = ENTITY_TO_REF[v?.type];
    if (!type) continue;
    if (frame.has(frameKey(v.name)) || frame.has(frameKey(text.slice(a.start, a.end)))) continue;
    // An unlisted event is named as printed ("the Third Summit"), a listed one by the knowledge base.
    const name =
      named.get(v.entityId) ??
      (type === 'event' && v.known ? v.name : printedOrCanonical(v.name, text.slice(a.start, a.end)));
    named.set(v.entityId, name);
    found.push({ start: a.start - start, end: a.end - start, known: v.known, ref: { type, name } });
  }
  const fromText: Found[] = [...textNames(slice, lexicons), ...lowerCaseProjects(slice)];
  for (const f of fromText) {
    if (frame.has(frameKey(f.ref.name))) continue;
    // Own "ordinal meeting of … format" phrases are more precise than an entity link over the same words.
    const clash = found.filter((g) => overlaps(g, f));
    if (!clash.length) found.push(f);
    // A longer name read from the text over unlisted entity names cut short ("Joint Roadmap for Deepening Ties" inside "… between the EU and Central Asia").
    else if (
      f.generic ||
      clash.every((g) => g.known === false && g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start)
    )
      found.splice(0, found.length, ...found.filter((g) => !clash.includes(g)), f);
  }
  found.sort((a, b) => a.start - b.start);
  const out: ReferenceValue[] = [];
  const seen = new Set<string>();
  const add = (ref: ReferenceValue) => {
    const key = foldKey(ref.name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(ref);
    }
  };
  for (const f of found) {
    // "the Foreign Ministers' Meetings held in Chengdu on …, and in Almaty on …": one reference per meeting.
    if (
      f.ref.type === 'event' &&
      addOccurrences(slice.slice(f.start, f.end), slice.slice(f.end), f.ref.name, lexicons, referenceYear, meeting, add)
    )
      continue;
    let ref: ReferenceValue =
      f.ref.type === 'event' ? { ...f.ref, ...eventDetails(slice, f.end, lexicons, referenceYear) } : f.ref;
    if (f.ref.type === 'event' && meeting)
      ref = withKnownMeeting(ref, slice.slice(f.start, f.end), slice.slice(f.end, f.end + 12), meeting);
    add(ref);
    // "Anti-Drug Center of the Shanghai Cooperation Organization": the organisation inside is referred to too.
    for (const inner of kbMatchers(lexicons.kb).groups.find(ref.name)) {
      if (
        inner.end - inner.start < ref.name.length &&
        !own.has(frameKey(inner.value.name)) &&
        !(inner.value.formatName && /[–—-]/.test(inner.value.formatName))
      )
        add({ type: 'organization', name: inner.value.name });
    }
  }
  // "the next summit in this format will be held in 2028 in Turkmenistan": the format's next meeting.
  const next = meeting && !out.some((r) => r.type === 'event') ? nextFormatMeeting(slice, meeting) : null;
  if (next) add({ type: 'event', name: next.name, ...eventDetails(slice, next.end, lexicons, referenceYear) });
  return out.map((r) => ({ ...r, name: r.name.replace(/\s+/g, ' ').trim() }));
}

/** Adds one event per date–place pair of a plural meeting phrase; false when the phrase names one meeting. */
function addOccurrences(
  words: string,
  after: string,
  name: string,
  lexicons: Lexicons,
  referenceYear: number | null,
  meeting: ReferenceMeeting | null,
  add: (r: ReferenceValue) => void,
): boolean {
  const m = kbMatchers(lexicons.kb);
  const occurrences = meetingOccurrences(words, after, (w) => m.cities.find(w), referenceYear);
  if (occurrences.length < 2) return false;
  const level = levelOf(words);
  const cityNames = (city: string) => lexicons.kb.cities.find((c) => c.name === city)?.names ?? [city];
  for (const o of occurrences) {
    const known = meeting ? knownOccurrence(meeting.meetings, level, o, cityNames) : undefined;
    add({
      type: 'event',
      name: known?.name ?? `${name} (${o.place}, ${o.date.slice(0, 4)})`,
      date: o.date,
      place: o.place,
    });
  }
  return true;
}

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

/** "the 5th meeting", "the 2nd … Summit": the format's meeting of that edition (name, and date and place unless the text gives them). */
const FORMAT_WORDS =
  /[“"]?\b[A-Z][A-Za-z]+\s*(?:[-–—+]\s*|\s)Central\s+Asia[”"]?|[“"]?\bCentral\s+Asia\s*[-–—+]\s*[A-Z][A-Za-z]+\b[”"]?/g;

function withKnownMeeting(
  ref: ReferenceValue,
  words: string,
  after: string,
  meeting: ReferenceMeeting,
): ReferenceValue {
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
      /\b(?:the|of|and|Heads?|State|Summit|Foreign|Ministers?|Affairs|Meeting|Session|Ministerial|format)\b|\d+(?:st|nd|rd|th)|[^\p{L}\d]+/giu,
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

/** Names typed by their head noun, quoted titles and "next meeting of …" phrases. */
function textNames(s: string, lexicons: Lexicons): Found[] {
  const c = compiled(lexicons);
  const out: Found[] = [];
  const countries = kbMatchers(lexicons.kb);
  for (const m of splitRuns(s, c, (n) => isPlaceName(n, countries))) {
    let name = m[0].replace(/^(?:the|a|an|The|A|An)\s+/, '').replace(/[\s,'’]+$/, '');
    name = name.replace(/\s+(?:of|the|and|for|on|in|to|at)$/i, '');
    let startAt = m.index + m[0].indexOf(name);
    // A head noun right after a quoted title ("“China–Central Asia” Secretariat") names it with the title.
    const quoted = /[“"«]([^”"»]{2,80})[”"»]\s*$/.exec(s.slice(Math.max(0, startAt - 90), startAt));
    if (quoted && !/\s/.test(name)) {
      name = `${quoted[1]} ${name}`;
      startAt -= quoted[0].length;
    }
    const type = typeOf(name, c.heads);
    if (!type || (name.split(/\s+/).length < 2 && !/^[A-Z]{3,}$/.test(name))) continue;
    // A run that is only a country or city name ("Republic of Kazakhstan") is no reference.
    if (/^(mechanism|format|platform)$/i.test(stripPlaces(name, lexicons))) continue;
    const whole = countries.countries.find(name)[0] ?? countries.cities.find(name)[0];
    if (whole && whole.start === 0 && whole.end === name.length) continue;
    out.push({ start: startAt, end: startAt + name.length, ref: { type, name } });
  }
  for (const m of s.matchAll(/[“"«]([^”"»]{4,120})[”"»]/g)) {
    const name = m[1].trim();
    if (
      !/^[A-Z0-9]/.test(name) ||
      isOnlyPlaces(name, lexicons) ||
      out.some((f) => f.start <= m.index + 1 && f.end >= m.index + m[0].length - 1)
    )
      continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: { type: typeOf(name, c.heads) ?? 'initiative', name },
    });
  }
  for (const m of s.matchAll(c.generic))
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      ref: {
        type: 'event',
        name: /^(?:the\s+)?(?:next|following)\b/i.test(m[0]) ? m[1] : m[0].replace(/^the\s+/i, ''),
      },
      generic: true,
    });
  for (const m of s.matchAll(c.bare)) {
    const f = { start: m.index, end: m.index + m[0].length };
    // "its first session": the session of something named before, not of the format.
    if (/\b(?:its|their)\s+$/i.test(s.slice(Math.max(0, m.index - 7), m.index))) continue;
    if (!out.some((g) => overlaps(g, f)))
      out.push({ ...f, ref: { type: 'event', name: seriesMeeting(s.slice(0, m.index), m[0]) ?? m[0] } });
  }
  return out.filter(
    (f, i) => !out.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}

/**
 * "a mechanism for meetings of ministers of education in the X format and the holding of the
 * first meeting": a bare ordinal meeting is the first of the series named before it.
 */
function seriesMeeting(before: string, words: string): string | null {
  if (!/^\S+\s+meeting$/i.test(words.trim())) return null;
  const series = /\bmeetings\s+(of\s+[^,.;()]{3,80}?\bformat)\b/i.exec(before);
  if (!series) return null;
  const ordinal = words.trim().split(/\s+/)[0];
  return `${ordinal[0].toUpperCase()}${ordinal.slice(1)} meeting ${series[1]}`;
}

/** Capitalised runs, cut at "and" where the left part is already a typed name ("… Workshop and the Confucius Institute"). */
function* splitRuns(
  s: string,
  c: { run: RegExp; heads: [RegExp, RefType][] },
  isPlace: (name: string) => boolean,
): Generator<{ 0: string; index: number }> {
  for (const m of s.matchAll(c.run)) {
    // "… Economy and Trade": a last part with no head noun of its own (and no place) still belongs to the name before it.
    const parts: { text: string; at: number }[] = [];
    let offset = 0;
    for (const part of m[0].split(/(\s+and\s+)/)) {
      if (/^\s+and\s+$/.test(part)) {
        offset += part.length;
        continue;
      }
      const prev = parts[parts.length - 1];
      const bare = part.replace(/^(?:the|The)\s+/, '');
      if (
        prev &&
        !typeOf(part, c.heads) &&
        typeOf(prev.text, c.heads) &&
        !isPlace(bare) &&
        bare.split(/\s+/).length <= 2
      )
        prev.text = m[0].slice(prev.at - m.index, offset + part.length);
      else parts.push({ text: part, at: m.index + offset });
      offset += part.length;
    }
    for (const p of parts) yield { 0: p.text, index: p.at };
    // Recombine when no part but the whole is typed ("Friendship and Cooperation Treaty" stays whole).
    if (
      /\sand\s/.test(m[0]) &&
      !m[0]
        .split(/\s+and\s+/)
        .slice(0, -1)
        .some((p) => typeOf(p, c.heads))
    )
      yield { 0: m[0], index: m.index };
  }
}

/** A whole country, city or listed group name. */
function isPlaceName(name: string, m: ReturnType<typeof kbMatchers>): boolean {
  const hit = m.countries.find(name)[0] ?? m.cities.find(name)[0] ?? m.groups.find(name)[0];
  return !!hit && hit.start === 0 && hit.end === name.length;
}

/** A quoted title that only names states or the region ("China–Central Asia", "C5+1") is the format, not a reference. */
function isOnlyPlaces(name: string, lexicons: Lexicons): boolean {
  return !stripPlaces(name, lexicons)
    .replace(/\bformat\b/gi, '')
    .trim();
}

/** What is left of a name without its states, formats and region words. */
function stripPlaces(name: string, lexicons: Lexicons): string {
  const m = kbMatchers(lexicons.kb);
  let rest = name;
  for (const h of [...m.countries.find(name), ...m.groups.find(name)].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, h.start) + rest.slice(h.end);
  return rest
    .replace(/\b(central|asia|asian|five|countries|states|plus|and)\b|[+\-–—\d\s]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Date and place given right after an event's name: "held on 4-5 April 2025 in Samarkand", "in 2026 in China". */
function eventDetails(
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

function typeOf(name: string, heads: [RegExp, RefType][]): RefType | null {
  let best: { at: number; type: RefType } | null = null;
  for (const [re, type] of heads) {
    re.lastIndex = 0;
    for (const m of name.matchAll(re)) if (!best || m.index >= best.at) best = { at: m.index, type };
  }
  return best?.type ?? null;
}

function compiled(lexicons: Lexicons) {
  const lex = lexicons.referenceHeads;
  let c = cache.get(lex);
  if (!c) {
    const conn = lex.connectors.join('|');
    const word = `(?:\\d+(?:st|nd|rd|th)|[A-Z][\\p{L}'’.-]*[\\p{L}]|[A-Z]{2,}|[A-Z]|\\+\\d?)`;
    const run = new RegExp(
      `(?:\\b(?:the|The)\\s+)?${word}(?:(?:\\s+|[-–]|\\s*[-–]\\s*)(?:(?:${conn})\\s+)*${word})*`,
      'gu',
    );
    const heads = (Object.entries(lex.heads) as [RefType, string[]][]).map(
      ([type, words]) => [new RegExp(`\\b(?:${words.join('|')})\\b`, 'g'), type] as [RegExp, RefType],
    );
    const generic = new RegExp(
      `\\b(?:the\\s+)?(?:next|following|first|second|third|\\d+(?:st|nd|rd|th))\\s+((?:${lex.generic.join('|')})\\s+of\\s+(?:the\\s+)?[^,.;]{3,80}?\\bformat)`,
      'gi',
    );
    // "the 5th meeting", "the 2nd “China-Central Asia” Heads of State Summit": an ordinal meeting without a full name.
    const bare = new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+(?:[“"][^”"]{2,40}[”"]\\s+)?(?:[A-Z][\\w'’-]*\\s+){0,5}(?:${lex.generic.join('|')})\\b(?:\\s+of\\s+(?:the\\s+)?(?:[A-Z][\\w'’-]*\\s*){1,5})?`,
      'g',
    );
    c = { run, heads, generic, bare };
    cache.set(lex, c);
  }
  return c;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
