/**
 * @module detect-meeting
 * Finds the meeting a document comes from (or reports on): the sentence that names it, then its
 * format, level, edition, date and place from that sentence, the title and the head of the text,
 * and finally confirms or fills the fields from the knowledge base's meeting record when one is
 * identified (same date; or same edition and level; or the nearest before publication).
 */
import type { Span } from '../../model/span.ts';
import type { MeetingLevel, MeetingValue } from '../../model/layers.ts';
import type { DocumentMeta } from '../../model/document.ts';
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { findDates, type FoundDate } from '../shared/find-dates.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { KbGroup } from '../shared/kb-view.ts';
import { foldKey } from '../shared/name-matcher.ts';
import { readEdition } from './read-edition.ts';

export interface MeetingNote {
  severity: 'warning' | 'info';
  rule: string;
  message: string;
  start?: number;
  end?: number;
}

export interface MeetingFinding extends Span {
  readonly value: MeetingValue;
  readonly confidence: number;
  readonly rule: string;
  readonly notes: readonly MeetingNote[];
}

export interface MeetingInput {
  readonly text: string;
  readonly meta: DocumentMeta;
  /** Sentence spans in document order (from the tree). */
  readonly sentences: readonly Span[];
  readonly lexicons: Lexicons;
}

const MEETING_NOUN = /\b(meeting|summit|conference|forum|session|talks|ministerial|dialogue)s?\b/i;
const HEAD = 3000;
const MEETING_VERB =
  /\b(held|took place|convened|met|hosted|opened|concluded|ended|began|started|attended|participation|chaired|gathered)\b/i;
const GATHERED =
  /\b(?:met|meeting|gathered|assembled|convened)\s+(?:on\s+[^,.;]{3,30}?\s+)?(?:in|at)\s+(?:the\s+city\s+of\s+)?[A-Z]/;
/** A meeting to come ("will hold", "agreed to convene", "the next summit") is not the one the document comes from. */
const LOOKING_AHEAD =
  /\b(?:will|shall|intend|intends|agreed|agree|decided|plan|plans)\s+(?:to\s+)?(?:\w+\s+){0,2}(?:hold|convene|host|be\s+held|meet)\b|\bnext\s+(?:meeting|summit|session)\b/i;
const LOOKING_BACK =
  /\b(?:results?|outcomes?|success|holding|achievements?) of (?:the )?(?:\w+ )?(?:meeting|summit|session|forum)\b/i;
const WEEKDAY = /\b(on |last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
/** A meeting recalled ("our meeting in Xi'an two years ago", "last year's summit", "the previous meeting") is not the one reported. */
const RECALLED =
  /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+years?\s+ago|last\s+year(?:'s)?|(?:previous|preceding|prior|past|former)\s+(?:\w+\s+){0,3}(?:meeting|summit|session|forum|conference|talks)s?)\b/i;
/** A meeting held by video link or online has no venue. */
const VIRTUAL =
  /\b(?:via|by|through|over)\s+(?:a\s+)?video(?:[\s-]*(?:link|conference|conferencing|call))?\b|\bvideo[\s-]*conferenc\w*|\b(?:online|virtual)\s+(?:format|mode|meeting|summit|session|conference)\b|\bheld\s+(?:online|virtually)\b/i;

/** Detects the meeting. @example detectMeeting({ text, meta, sentences, lexicons }).value.format */
export function detectMeeting(raw: MeetingInput): MeetingFinding {
  // Datelines name where the report was filed, not where the meeting was: blank them (same length).
  const input = { ...raw, text: maskStamps(maskDatelines(raw.text), raw.meta.published) };
  const { text, meta, lexicons } = input;
  const notes: MeetingNote[] = [];
  const sentence = meetingSentence(input);
  const title = meta.title && !/^unknown\b/i.test(meta.title) ? meta.title : '';
  const head = text.slice(0, HEAD);
  // Regions in order of trust: the naming sentence, the title, the head of the text.
  const regions: { text: string; offset: number }[] = [
    { text: text.slice(sentence.start, sentence.end), offset: sentence.start },
    { text: title, offset: -1 },
    { text: head, offset: 0 },
  ];
  const format =
    findFormat(regions.slice(0, 1), lexicons) ??
    formatByDate(regions, lexicons, meta.published) ??
    findFormat(regions.slice(1), lexicons);
  const textLevel = findLevel(regions, lexicons);
  // A named body of the format ("Korea–Central Asia Cooperation Forum") says who meets better than the generic noun "forum".
  const level =
    (textLevel === null || textLevel === 'other' ? bodyLevel(regions, lexicons) : null) ??
    textLevel ??
    signatoryLevel(text);
  // Outside the naming sentence an ordinal may count another series ("set the stage for the second Summit").
  const edition = firstOf(
    regions.map((r, i) => ({ ...r, i })),
    (r) => {
      const hit = readEdition(r.text, lexicons.ordinals.words);
      return hit && (r.i === 0 || hit.noun !== 'summit' || level === 'heads-of-state') ? hit.edition : null;
    },
  );
  const refYear = yearOf(meta.published) ?? yearOf(/\b(20\d\d)\b/.exec(head)?.[1]);
  // A speech's place-and-date line ("Astana, June 17, 2025") dates and places it better than a photo caption in the head.
  const stamp = isSpeech(text, meta) ? placeDateStamp(text, lexicons) : null;
  const found: DateHit | null =
    findDate(regions.slice(0, 1), refYear, notes) ??
    relativeDate(regions[0].text, meta.published, notes) ??
    stamp?.date ??
    findDate(regions.slice(1), refYear, notes) ??
    relativeDate(text.slice(0, 600), meta.published, notes);
  // Without a publication date the year was guessed from the first year in the text: the format's own meeting on that day and month knows better.
  const date =
    found && !found.hasYear && yearOf(meta.published) === null
      ? yearFromRecord(found, format?.group ?? null, edition, notes)
      : found;
  const inSentence = findPlace(regions.slice(0, 1), lexicons);
  // "held in Luxembourg", "met in China": the sentence gives the venue's country; a city read elsewhere must lie in it.
  const venue = inSentence ? null : venueCountry(regions[0].text, lexicons);
  const virtual = VIRTUAL.test(regions[0].text) || VIRTUAL.test(title);
  if (virtual)
    notes.push({
      severity: 'info',
      rule: 'virtual-meeting',
      message: 'Meeting held by video link or online: no venue',
    });
  const place: { city: string | null; country: string } | null = virtual
    ? null
    : (inSentence ??
      (venue
        ? (findPlace(regions.slice(1), lexicons, venue) ?? { city: null, country: venue })
        : (stamp?.place ?? findPlace(regions.slice(1), lexicons) ?? declarationVenue(text, lexicons))));
  const placeInSentence = inSentence !== null || venue !== null || virtual;

  let value: MeetingValue = {
    format: format?.name ?? null,
    formatId: format?.group?.id ?? null,
    level,
    edition,
    date: date?.date ?? null,
    end: date?.until ?? null,
    city: place?.city ?? null,
    country: place?.country ?? null,
  };
  let rule = 'text';
  const record = format?.group ? linkMeeting(format.group.meetings, value, meta.published, text) : null;
  if (record) {
    // A place read only from the head (not the naming sentence) may be another meeting's: the record wins.
    if (!placeInSentence && record.meeting.city) value = { ...value, city: null, country: null };
    // The text names the meeting by edition and level but dates something else (talks on its eve, a trip around it):
    // the record's date stands unless a meeting verb ties the text's date to the meeting.
    const otherDate =
      record.how === 'edition' &&
      record.meeting.date &&
      value.date &&
      value.date !== record.meeting.date &&
      !date?.tied;
    if (otherDate)
      notes.push({
        severity: 'info',
        rule: 'kb-date',
        message: `Text date ${value.date} is not tied to the meeting; date ${record.meeting.date} taken from the knowledge base meeting record ${record.meeting.id}`,
      });
    value = fillFromRecord(
      otherDate ? { ...value, date: null, end: null } : value,
      record.meeting,
      date?.broken ?? false,
      notes,
    );
    if (virtual) value = { ...value, city: null, country: null };
    rule = `kb-${record.how}`;
  }
  const known = [value.format, value.level, value.date, value.city].filter((x) => x !== null).length;
  const confidence = Math.min(0.95, 0.35 + known * 0.13 + (record ? 0.1 : 0)) - (date?.broken ? 0.2 : 0);
  return {
    start: sentence.start,
    end: sentence.end,
    value,
    confidence: Math.round(confidence * 100) / 100,
    rule,
    notes,
  };
}

/** The first sentence of the head that names a meeting (noun plus a date, format or level), else one with a meeting noun, else an empty span. */
function meetingSentence({ text, sentences, lexicons }: MeetingInput): Span {
  const candidates = sentences.filter((s) => s.start < HEAD);
  const m = kbMatchers(lexicons.kb);
  const strong = candidates.find((s) => {
    const t = text.slice(s.start, s.end);
    // "The ministers met on 23 September in New York": the verb alone names the meeting.
    const names = MEETING_NOUN.test(t) || GATHERED.test(t) || /\bmet\b/.test(t);
    // A past meeting that the statement looks back on ("welcomed the results of the first meeting … held in …") is not this one.
    return (
      names &&
      !LOOKING_BACK.test(t) &&
      !LOOKING_AHEAD.test(t) &&
      !RECALLED.test(t) &&
      (findDates(t, 2000).length > 0 ||
        WEEKDAY.test(t) ||
        m.groups.find(t).length > 0 ||
        partnerFormat(t, lexicons) !== null) &&
      (MEETING_VERB.test(t) || GATHERED.test(t))
    );
  });
  const weak =
    strong ??
    candidates.find((s) => MEETING_NOUN.test(text.slice(s.start, s.end)) && !RECALLED.test(text.slice(s.start, s.end)));
  // No sentence names a meeting: an empty span, so no field is read from an unrelated first line.
  return weak ?? { start: 0, end: 0 };
}

/** A format found in the text: its GUIDE name, its KB record where linked, and its member states where known. */
export interface FormatHit {
  name: string;
  group: KbGroup | null;
  members: string[];
}

/** The format named first in the regions (KB formats, else a partner-plus-Central-Asia pattern). */
export function findFormat(regions: { text: string }[], lexicons: Lexicons): FormatHit | null {
  const m = kbMatchers(lexicons.kb);
  for (const r of regions) {
    const hits = m.groups.find(r.text).map((h) => h.value);
    const formatHit = hits.find((g) => g.formatName);
    if (formatHit) return { name: formatHit.formatName!, group: formatHit, members: [...formatHit.members] };
    const partner = partnerFormat(r.text, lexicons);
    if (partner) return partner;
  }
  return null;
}

/** The format that held a KB meeting on a full date the head gives ("AGREEMENT of June 17, 2025"): the date identifies the meeting. */
function formatByDate(regions: { text: string }[], lexicons: Lexicons, published?: string): FormatHit | null {
  const refYear = yearOf(published);
  for (const r of regions) {
    for (const d of findDates(r.text, refYear)) {
      if (d.broken || !d.hasYear || !d.date || d.date.length !== 10) continue;
      const group = lexicons.kb.groups.find((g) => g.formatName && g.meetings.some((m) => m.date === d.date));
      if (group) return { name: group.formatName!, group, members: [...group.members] };
    }
  }
  return null;
}

/** "GCC and Central Asian states", "Central Asia–Japan", "C5+Korea": a partner-plus-region format not in the KB. */
export function partnerFormat(text: string, lexicons: Lexicons): FormatHit | null {
  const re =
    /\b((?:[A-Z][A-Za-z]+\s+){0,3}[A-Z][A-Za-z]+|[A-Z]{2,6})\)?\s*(?:[-–—+]|\band\s+(?:the\s+)?(?:five\s+)?)\s*(?:C5\b|Central\s+Asia(?:n\s+(?:states|countries|nations))?\b)|\b(?:Central\s+Asia|C5)\s*(?:[-–—+]|\band\s+)\s*(?:the\s+)?([A-Z][A-Za-z]+|[A-Z]{2,6})\b/g;
  for (const m of text.matchAll(re)) {
    const partner = (m[1] ?? m[2])?.replace(/^(?:(?:The|And|Of|In|On|With|Between|Both|All)\s+)+/, '');
    if (!partner || /^(The|And|Of|In|On|With|Between|States|Countries)$/.test(partner)) continue;
    const name = `${shortName(partner, lexicons)}–Central Asia`;
    const group = lexicons.kb.groups.find((g) => g.formatName && foldKey(g.formatName) === foldKey(name)) ?? null;
    return {
      name: group?.formatName ?? name,
      group,
      members: group ? [...group.members] : partnerMembers(partner, lexicons),
    };
  }
  return null;
}

/** The partner's states (a country, or an organisation's members) plus the Central Asian states. */
function partnerMembers(partner: string, lexicons: Lexicons): string[] {
  const { iso, org } = partnerOf(partner, lexicons);
  const side = iso ? [iso] : org ? [...org.members] : [];
  if (!side.length) return [];
  return [...new Set([...side, ...(lexicons.actors.regions['central-asia'] ?? [])])].sort();
}

/** A country adjective or alias becomes the country's short name ("Chinese" → "China"), an organisation its acronym ("GCC"). */
function shortName(partner: string, lexicons: Lexicons): string {
  const { iso, org } = partnerOf(partner, lexicons);
  if (iso) return lexicons.kb.countries.find((c) => c.iso2 === iso)?.name ?? partner;
  return (org && (org.names.find((n) => /^[A-Z]{2,6}$/.test(n)) ?? org.name)) || partner;
}

/** The country (by name or adjective) a partner's words name, else the organisation they name whole. */
function partnerOf(partner: string, lexicons: Lexicons): { iso?: string; org?: KbGroup } {
  const m = kbMatchers(lexicons.kb);
  const iso = m.countries.find(partner)[0]?.value ?? m.adjectives.find(partner)[0]?.value;
  return iso ? { iso } : { org: m.groups.find(partner).find((h) => h.end - h.start === partner.length)?.value };
}

const levelCache = new WeakMap<object, { level: MeetingLevel; re: RegExp }[]>();

function findLevel(regions: { text: string }[], lexicons: Lexicons): MeetingLevel | null {
  let levels = levelCache.get(lexicons.meetingLevels);
  if (!levels) {
    levels = lexicons.meetingLevels.levels.map((l) => ({
      level: l.level,
      re: new RegExp(`\\b(?:${l.patterns.join('|')})`, 'i'),
    }));
    levelCache.set(lexicons.meetingLevels, levels);
  }
  return firstOf(regions, (r) => levels!.find((l) => l.re.test(r.text))?.level ?? null);
}

/** A meeting verb just before a date ("will be held on 15–16 November", "took place on"): the date is the meeting's. */
const TIED =
  /\b(?:held|hold|take[ns]?\s+place|took\s+place|taking\s+place|convened?|convenes|met|meets?|scheduled|slated|opens?|opened|gathered)\b[^.;!?\n]{0,30}$/i;
/** "the summit on", "the meeting of": the date is the named meeting's. */
const NAMED_ON = /\b(?:meeting|summit|session|conference|forum|ministerial)\s+(?:on|of|dated)\s+$/i;
const NEXT = /\b(?:next|following|upcoming)\b[^.;!?\n]{0,60}$/i;

/** A date read for the meeting; `tied` when a meeting verb or noun stands just before it ("was held on", "the summit on"). */
type DateHit = FoundDate & { readonly tied?: boolean };

function findDate(
  regions: { text: string; offset: number }[],
  refYear: number | null,
  notes: MeetingNote[],
): DateHit | null {
  for (const r of regions) {
    const dates = findDates(r.text, refYear);
    const full = dates.filter((d) => !d.broken && d.date && d.date.length === 10);
    // Prefer the first date tied to a meeting verb over an earlier loose one (a report's own date, another event's).
    const tied = full.find((d) => isTied(r.text, d));
    const good = tied && full[0] && !isTied(r.text, full[0]) ? tied : full[0];
    const broken = dates.find((d) => d.broken);
    if (broken && (!good || broken.start < good.start)) {
      notes.push({
        severity: 'warning',
        rule: 'broken-date',
        message: `Unreadable meeting date "${r.text.slice(broken.start, broken.end)}"; date left unset unless the knowledge base knows the meeting`,
        ...(r.offset >= 0 ? { start: r.offset + broken.start, end: r.offset + broken.end } : {}),
      });
      return broken;
    }
    if (good) {
      if (!good.hasYear)
        notes.push({
          severity: 'info',
          rule: 'year-from-context',
          message: `Year of "${r.text.slice(good.start, good.end)}" taken from the publication date`,
        });
      return {
        ...good,
        tied: isTied(r.text, good) || NAMED_ON.test(r.text.slice(Math.max(0, good.start - 40), good.start)),
      };
    }
  }
  return null;
}

/** Whether a meeting verb stands just before the date, and no "next"/"upcoming" marks another meeting. */
function isTied(text: string, d: FoundDate): boolean {
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  return TIED.test(before) && !NEXT.test(before);
}

/**
 * A date read without its year and with no publication date to lend one: the format's meeting on the same
 * day and month (of the same edition when one is read) gives the year; otherwise the guess stands.
 */
function yearFromRecord<T extends FoundDate>(
  d: T,
  group: KbGroup | null,
  edition: number | null,
  notes: MeetingNote[],
): T {
  if (!group || !d.date || d.date.length !== 10) return d;
  const monthDay = d.date.slice(4);
  const same = group.meetings.filter(
    (m) => m.date?.slice(4) === monthDay && (edition === null || m.edition === edition),
  );
  if (same.length !== 1) return d;
  const year = same[0].date!.slice(0, 4);
  notes.push({
    severity: 'info',
    rule: 'year-from-kb',
    message: `Year of ${d.date.slice(5)} taken from the knowledge base meeting record ${same[0].id}`,
  });
  return { ...d, date: year + d.date.slice(4), until: d.until ? year + d.until.slice(4) : null };
}

/** The level of the first named body of a format in the regions ("Korea–Central Asia Cooperation Forum" → foreign ministers). */
function bodyLevel(regions: { text: string }[], lexicons: Lexicons): MeetingLevel | null {
  const m = kbMatchers(lexicons.kb);
  return firstOf(regions, (r) => m.bodies.find(r.text)[0]?.value ?? null);
}

function findPlace(
  regions: { text: string }[],
  lexicons: Lexicons,
  country: string | null = null,
): { city: string; country: string } | null {
  const m = kbMatchers(lexicons.kb);
  return firstOf(regions, (r) => {
    // A city name that opens a longer proper name ("Shanghai Cooperation Organisation", "Astana Declaration") is no venue.
    const hit = m.cities
      .find(r.text)
      .filter((h) => !country || h.value.country === country)
      .find(
        (h) =>
          !/^[ \t]+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/.test(
            r.text.slice(h.end, h.end + 20),
          ) && !DECIDED_ON.test(r.text.slice(Math.max(0, h.start - 40), h.start)),
      );
    const capital = capitalNamed(r.text, lexicons);
    if (capital && (!hit || capital.at < hit.start) && (!country || capital.city.country === country))
      return capital.city;
    return hit ? { city: hit.value.name, country: hit.value.country } : null;
  });
}

/** A city that a decision is about ("declaring the city of Qingdao … cultural capital") is not where the decision was taken. */
const DECIDED_ON =
  /\b(?:declar|nam|designat|proclaim|recogni[sz]|select|choos|chose)\w*\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;

/** "signed the Astana Declaration": an outcome document named after a city was adopted there (the fallback venue). */
function declarationVenue(text: string, lexicons: Lexicons): { city: string; country: string } | null {
  const m = kbMatchers(lexicons.kb);
  for (const d of text.matchAll(
    /\b(?:signed|adopted|approved|issued|endorsed)\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+Declaration\b/g,
  )) {
    const hit = m.cities.find(d[1]).find((h) => h.start === 0 && h.end === d[1].length);
    if (hit) return { city: hit.value.name, country: hit.value.country };
  }
  return null;
}

/** A speech: declared so, or addressing its audience ("Your Excellency", "Ladies and gentlemen", "Dear colleagues"). */
function isSpeech(text: string, meta: DocumentMeta): boolean {
  if (meta.kind) return meta.kind === 'speech';
  return /\b(?:Your\s+Excellenc(?:y|ies)|Ladies\s+and\s+[Gg]entlemen|Dear\s+(?:[Cc]olleagues|[Ff]riends)|Distinguished\s+(?:[Gg]uests|[Cc]olleagues|[Dd]elegates))\b/.test(
    text.slice(0, HEAD),
  );
}

/**
 * A speech's place-and-date line, "Astana, June 17, 2025", at its start or end: where and when it was
 * delivered. The first such pair (a known city, a comma, a full date with its year) in the head or the tail.
 */
function placeDateStamp(
  text: string,
  lexicons: Lexicons,
): { date: DateHit; place: { city: string; country: string } } | null {
  const m = kbMatchers(lexicons.kb);
  const tailAt = Math.max(HEAD, text.length - 600);
  for (const [from, part] of [
    [0, text.slice(0, HEAD)],
    [tailAt, text.slice(tailAt)],
  ] as const) {
    for (const c of m.cities.find(part)) {
      const after = /^,[ \t]+/.exec(part.slice(c.end, c.end + 3));
      // "view of Almaty, March 3, 2024" (a caption), "in Astana, June 17": a place inside a phrase, not a line of its own.
      if (!after || /\b(?:of|in|at|near|from|to|for|the)\s+$/i.test(part.slice(Math.max(0, c.start - 12), c.start)))
        continue;
      const at = c.end + after[0].length;
      const d = findDates(part.slice(at, at + 30))[0];
      if (d?.start !== 0 || d.broken || !d.hasYear || d.date?.length !== 10) continue;
      return {
        date: { ...d, start: from + at, end: from + at + d.end, tied: true },
        place: { city: c.value.name, country: c.value.country },
      };
    }
  }
  return null;
}

/**
 * The level shown by who signs: a signature block of presidents ("President of the Kyrgyz Republic")
 * is a heads-of-state document, of foreign ministers a foreign ministers' one. Only the closing lines count.
 */
function signatoryLevel(text: string): MeetingLevel | null {
  const tail = text.slice(-1500);
  const lines = [
    ...tail.matchAll(
      /^[ \t]*(?:the\s+)?(President|Prime\s+Minister|Chairman|King|Emir|Sultan|Minister\s+of\s+Foreign\s+Affairs|Foreign\s+Minister)\b(?:\s+of\b[^\n]{0,80})?[ \t]*$/gim,
    ),
  ].map((m) => m[1].toLowerCase());
  if (!lines.length) return null;
  return lines.every((l) => /foreign/.test(l))
    ? 'foreign-ministers'
    : lines.some((l) => !/minister/.test(l) || /prime/.test(l))
      ? 'heads-of-state'
      : null;
}

/** The country a meeting sentence places the meeting in ("held in Luxembourg", "met in the Republic of Korea"), or null. */
function venueCountry(sentence: string, lexicons: Lexicons): string | null {
  const m = kbMatchers(lexicons.kb);
  for (const v of sentence.matchAll(
    /\b(?:held|met|meeting|gathered|convened|took\s+place|hosted)\b[^.;]{0,60}?\bin\s+/gi,
  )) {
    const at = v.index + v[0].length;
    const hit = m.countries.find(sentence.slice(at, at + 60))[0];
    if (hit && /^(?:the\s+)?$/i.test(sentence.slice(at, at + hit.start))) return hit.value;
  }
  return null;
}

/** "in the Kyrgyz capital", "the capital of Kazakhstan": news names the venue by its country. */
function capitalNamed(
  text: string,
  lexicons: Lexicons,
): { at: number; city: { city: string; country: string } } | null {
  const m = kbMatchers(lexicons.kb);
  for (const c of text.matchAll(
    /\b(?:in|at)\s+the\s+(?:([A-Z][a-z]+)\s+capital|capital\s+of\s+((?:the\s+)?[A-Z][\w' ]{2,40}))\b/g,
  )) {
    const words = c[1] ?? c[2];
    const iso = m.adjectives.find(words)[0]?.value ?? m.countries.find(words)[0]?.value;
    const city = iso ? lexicons.kb.cities.find((x) => x.country === iso && x.capital) : undefined;
    if (city) return { at: c.index, city: { city: city.name, country: city.country } };
  }
  return null;
}

/** The KB meeting this one is: same date; else same edition and level; else the nearest before publication. */
function linkMeeting(
  meetings: readonly FormatMeeting[],
  v: MeetingValue,
  published: string | undefined,
  text: string,
): { meeting: FormatMeeting; how: string } | null {
  if (v.date) {
    const same = meetings.find((m) => m.date === v.date);
    if (same) return { meeting: same, how: 'date' };
  }
  if (v.edition !== null && v.level) {
    const same = meetings.find((m) => m.edition === v.edition && m.level === v.level);
    if (same) return { meeting: same, how: 'edition' };
  }
  if (!v.date && published) {
    const limit = Date.parse(published);
    const near = meetings
      .filter(
        (m) =>
          m.date &&
          (!v.level || m.level === v.level) &&
          Date.parse(m.date) <= limit + 86400000 &&
          limit - Date.parse(m.date) < 45 * 86400000,
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

function fillFromRecord(v: MeetingValue, m: FormatMeeting, brokenDate: boolean, notes: MeetingNote[]): MeetingValue {
  if (brokenDate && m.date)
    notes.push({
      severity: 'info',
      rule: 'kb-date',
      message: `Date ${m.date} taken from the knowledge base meeting record ${m.id}`,
    });
  const useDate = !v.date || brokenDate;
  return {
    ...v,
    level: v.level ?? m.level,
    date: useDate ? m.date : v.date,
    end: useDate ? (m.end ?? null) : v.end,
    city: v.city ?? m.city,
    country: v.country ?? m.country,
  };
}

const DATELINE =
  /(^|\n)([ \t]*[A-Z]{3,}(?:[ -][A-Z]{2,})*(?:,[ \t]+[A-Z][a-z]+)?[ \t]+(?:–|—|--)(?=[ \t])|[ \t]*[A-Z][A-Za-z .'-]{2,30},(?:[ \t]+[A-Z][a-z]+,)?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?[ \t]*(?:\([^)\n]{2,30}\))?[ \t]*(?:--|–|—|-|:)|[ \t]*[A-Z][A-Z .'-]{2,30},(?:[ \t]+[A-Z][a-z]+,)?[ \t]+(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?\.(?=[ \t]+[A-Z]))/g;

/** Replaces news datelines ("KUALA LUMPUR, June 18 (Bernama) --", "TASHKENT, Uzbekistan, November 14.") by spaces, keeping offsets. */
function maskDatelines(text: string): string {
  return text.replace(DATELINE, (_m, lead: string, line: string) => lead + ' '.repeat(line.length));
}

/** A line that is only a date (a byline or timestamp), or such a date closing a line. */
const STAMP_LINE =
  /^[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?:[ \t,|-]+\d{1,2}:\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?[ \t]*$/gm;

/**
 * Blanks date-only lines that give the publication date (a byline "December 22, 2025" under the article):
 * they date the report, not the meeting. Same length, so offsets hold.
 */
function maskStamps(text: string, published?: string): string {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return text;
  return text.replace(STAMP_LINE, (line) => (findDates(line)[0]?.date === published ? ' '.repeat(line.length) : line));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "held here Saturday", "yesterday", "today": a day counted back from the publication date. */
function relativeDate(sentence: string, published: string | undefined, notes: MeetingNote[]): FoundDate | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Date.parse(published) : NaN;
  if (!Number.isFinite(pub)) return null;
  const m = /\b(yesterday|today|(?:on |last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/i.exec(
    sentence,
  );
  if (!m) return null;
  let back = 0;
  if (/yesterday/i.test(m[1])) back = 1;
  else if (m[2]) back = (new Date(pub).getUTCDay() - WEEKDAYS.indexOf(m[2].toLowerCase()) + 7) % 7;
  const date = new Date(pub - back * 86400000).toISOString().slice(0, 10);
  notes.push({
    severity: 'info',
    rule: 'relative-date',
    message: `"${m[0]}" read as ${date}, counted back from the publication date`,
  });
  return { start: m.index, end: m.index + m[0].length, date, until: null, hasYear: false, broken: false };
}

function firstOf<R, T>(regions: R[], pick: (r: R) => T | null): T | null {
  for (const r of regions) {
    const v = pick(r);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

function yearOf(s?: string): number | null {
  const y = s ? Number(s.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 1900 ? y : null;
}
