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
import type { EntityMentionValue, ReferenceValue } from '../../model/layers.ts';
import { foldKey } from '../shared/name-matcher.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { annotationsIn } from '../shared/annotations-in.ts';
import { kbMatchers } from '../shared/kb-matchers.ts';
import { frameKey, frameKeys } from './reference-frame.ts';
import { isFoundingText, ownsFoundingText } from './founding-texts.ts';
import { knownOccurrence, meetingOccurrences } from '../shared/meeting-occurrences.ts';
import { levelOf } from '../shared/meeting-level.ts';
import {
  extendsListedName,
  lowerCaseProjects,
  nextFormatMeeting,
  printedEventName,
  printedOrCanonical,
} from './reference-names.ts';
import { namesOwnText, partySides, speaksAsParty } from './reference-party-sides.ts';
import { namesPeople } from './reference-people.ts';
import { definedAcronym } from './reference-acronyms.ts';
import { overlaps, textNames, type Found, type ReferenceFact, type RefType } from './reference-candidates.ts';
import { eventDetails, withKnownMeeting, type ReferenceMeeting } from './reference-details.ts';

export type { ReferenceMeeting } from './reference-details.ts';

const OWNER = /\bof\s+(?:the\s+)?$/i;
const POSSESSIVE = /^['’]s\b/;
/** The organisation at `name[start, end)` owns what the name names: "… Center of the SCO", "the ILO’s Declaration". */
const owns = (name: string, start: number, end: number) =>
  OWNER.test(name.slice(0, start)) || POSSESSIVE.test(name.slice(end));
const ENTITY_TO_REF: Partial<Record<string, RefType>> = {
  event: 'event',
  organization: 'organization',
  initiative: 'initiative',
  project: 'project',
};
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
  const sides = partySides(lexicons.kb, meeting);
  // One name per entity, whichever spelling it is met under first ("CARICC" after its full name).
  const named = new Map<string, string>();
  for (const a of annotationsIn(entities, start, end)) {
    const v = a.value as EntityMentionValue;
    const type = ENTITY_TO_REF[v?.type];
    if (!type) continue;
    if (frame.has(frameKey(v.name)) || frame.has(frameKey(text.slice(a.start, a.end)))) continue;
    if (type === 'organization' && ownsFoundingText(text, a.start, a.end, lexicons)) continue;
    const printed = text.slice(a.start, a.end);
    // "ASEAN's efforts" in an ASEAN–US text: a side speaking as a party; "this Declaration": the document itself;
    // "Ministerial and Senior Officials": people.
    if (type === 'organization' && sides.has(frameKey(v.name)) && speaksAsParty(text, a.start, a.end, lexicons))
      continue;
    if (namesOwnText(text, printed, a.start, lexicons) || namesPeople(printed, lexicons)) continue;
    // "an Asia-Pacific community": a name never begins inside a hyphenated word.
    if (/\p{L}-$/u.test(text.slice(Math.max(0, a.start - 2), a.start))) continue;
    // "… in China. ///nCa, 28 April 2025": a source's signature after slashes, no part of what is said.
    if (/(?:\/\/|\||(?:^|\s)\/)\s*$/.test(text.slice(Math.max(0, a.start - 4), a.start))) continue;
    // An unlisted event is named as printed ("the Third Summit"), a listed one by the knowledge base unless the text
    // gives it a name of its own ("MC13").
    const name =
      named.get(v.entityId) ??
      (type === 'event' && v.known
        ? printedEventName(v.name, printed)
        : // A side of the format is a party, named in full ("the GCC countries": the Gulf Cooperation Council).
          ((sides.has(frameKey(v.name)) ? null : definedAcronym(text, a.start, a.end)) ??
          printedOrCanonical(v.name, printed)));
    named.set(v.entityId, name);
    found.push({ start: a.start - start, end: a.end - start, known: v.known, ref: { type, name } });
  }
  const fromText: Found[] = [...textNames(slice, lexicons), ...lowerCaseProjects(slice)];
  // An unlisted entity name over two names the text joins with "and" ("the … Framework Arrangement and … Workplan").
  const joined = found.filter(
    (g) => g.known === false && fromText.filter((f) => f.start >= g.start && f.end <= g.end && !f.generic).length > 1,
  );
  if (joined.length) found.splice(0, found.length, ...found.filter((g) => !joined.includes(g)));
  for (const f of fromText) {
    if (frame.has(frameKey(f.ref.name)) || isFoundingText(f.ref.name, lexicons)) continue;
    if (namesOwnText(slice, f.ref.name, f.start, lexicons) || (f.owner && own.has(frameKey(f.ref.name)))) continue;
    if (
      f.ref.type === 'organization' &&
      sides.has(frameKey(f.ref.name)) &&
      speaksAsParty(slice, f.start, f.end, lexicons)
    )
      continue;
    // Own "ordinal meeting of … format" phrases are more precise than an entity link over the same words.
    const clash = found.filter((g) => overlaps(g, f));
    if (!clash.length) found.push(f);
    // A longer name read from the text over unlisted entity names cut short ("Joint Roadmap for Deepening Ties" inside
    // "… between the EU and Central Asia").
    else if (
      f.generic ||
      clash.every(
        (g) =>
          g.start >= f.start &&
          g.end <= f.end &&
          g.end - g.start < f.end - f.start &&
          (g.known === false ||
            // "Bangkok Goals" in "Bangkok Goals on the Bio-Circular-Green Economy": a listed name cut short.
            extendsListedName(slice.slice(f.start, f.end), slice.slice(g.start, g.end), lexicons.referenceHeads) ||
            // A listed organisation that only qualifies the name ("the U.S.-EU Summit") is part of it; one that owns
            // it ("… Center of the SCO") is kept, and referred to.
            (g.ref.type === 'organization' &&
              f.ref.type !== 'organization' &&
              !owns(slice.slice(f.start, f.end), g.start - f.start, g.end - f.start))),
      )
    )
      found.splice(0, found.length, ...found.filter((g) => !clash.includes(g)), f);
  }
  found.sort((a, b) => a.start - b.start);
  // "the South Pacific Nuclear Free Zone Treaty (Rarotonga Treaty)": the name in brackets is the same thing's.
  // A listed thing in brackets after a name read from the text keeps the listed name ("… Center for … (CARICC)").
  const aliases = found.flatMap((f) => {
    const g = found.find((x) => x.end <= f.start && /^\s*\(\s*[“"]?$/.test(slice.slice(x.end, f.start)));
    return !g ? [] : f.known && g.known === undefined ? [g] : [f];
  });
  if (aliases.length) found.splice(0, found.length, ...found.filter((g) => !aliases.includes(g)));
  // An organisation inside or right before an initiative's name only qualifies it ("the UN Sustainable Development
  // Goals", "the Master Plan on ASEAN Connectivity") unless the name says it owns it ("… of the SCO", "the EU’s …").
  const qualifying = found.filter((g) => g.ref.type === 'organization' && found.some((f) => qualifies(slice, g, f)));
  if (qualifying.length) found.splice(0, found.length, ...found.filter((g) => !qualifying.includes(g)));
  const out: ReferenceValue[] = [];
  const seen = new Set<string>();
  // `at`: where the statement names it, offsets within the statement.
  const add = (ref: ReferenceFact, at: { start: number; end: number }) => {
    const key = foldKey(ref.name);
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ ...ref, start: start + at.start, end: start + at.end });
    }
  };
  for (const f of found) {
    // "the Foreign Ministers' Meetings held in Chengdu on …, and in Almaty on …": one reference per meeting.
    if (
      f.ref.type === 'event' &&
      addOccurrences(
        slice.slice(f.start, f.end),
        slice.slice(f.end),
        f.ref.name,
        lexicons,
        referenceYear,
        meeting,
        (r) => add(r, f),
      )
    )
      continue;
    let ref: ReferenceFact =
      f.ref.type === 'event' ? { ...f.ref, ...eventDetails(slice, f.end, lexicons, referenceYear) } : f.ref;
    if (f.ref.type === 'event' && meeting)
      ref = withKnownMeeting(ref, slice.slice(f.start, f.end), slice.slice(f.end, f.end + 12), meeting, lexicons);
    add(ref, f);
    // "Anti-Drug Center of the Shanghai Cooperation Organization": the organisation inside is referred to too.
    for (const inner of kbMatchers(lexicons.kb).groups.find(ref.name)) {
      if (
        inner.end - inner.start < ref.name.length &&
        // The body owns what is named ("… Center of the SCO"); a name that only begins with it or mentions it
        // ("ASEAN Community Vision 2025", "Master Plan on ASEAN Connectivity") does not refer to the body.
        owns(ref.name, inner.start, inner.end) &&
        !own.has(frameKey(inner.value.name)) &&
        !(inner.value.formatName && /[–—-]/.test(inner.value.formatName))
      )
        add({ type: 'organization', name: inner.value.name }, f);
    }
  }
  // "the next summit in this format will be held in 2028 in Turkmenistan": the format's next meeting.
  const next = meeting && !out.some((r) => r.type === 'event') ? nextFormatMeeting(slice, meeting) : null;
  if (next) add({ type: 'event', name: next.name, ...eventDetails(slice, next.end, lexicons, referenceYear) }, next);
  // "the Blue Pacific", "the Indo-Pacific": a region's names are places (reference-heads.json `regionNames`).
  const regions = new Set((lexicons.referenceHeads.regionNames?.words ?? []).map(foldKey));
  return out
    .filter((r) => !regions.has(foldKey(r.name)))
    .map((r) => ({
      ...r,
      name: r.name
        .replace(/<\/?su[pb]>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    }));
}

/**
 * The organisation `g` is part of the initiative's or event's name `f` ("the 27th UN Climate Change Conference"), or
 * stands right before an initiative's name, without owning it.
 */
function qualifies(slice: string, g: Found, f: Found): boolean {
  if (f === g || (f.ref.type !== 'initiative' && f.ref.type !== 'event')) return false;
  if (g.start >= f.start && g.end <= f.end && g.end - g.start < f.end - f.start)
    return !owns(slice.slice(f.start, f.end), g.start - f.start, g.end - f.start);
  // Before an event's name it may be its host or subject ("the UN Climate Change Conference" is inside it).
  if (f.ref.type === 'event') return false;
  return g.end <= f.start && /^\s{1,2}$/.test(slice.slice(g.end, f.start));
}

/** Adds one event per date–place pair of a plural meeting phrase; false when the phrase names one meeting. */
function addOccurrences(
  words: string,
  after: string,
  name: string,
  lexicons: Lexicons,
  referenceYear: number | null,
  meeting: ReferenceMeeting | null,
  add: (r: ReferenceFact) => void,
): boolean {
  const m = kbMatchers(lexicons.kb);
  const occurrences = meetingOccurrences(words, after, (w) => m.cities.find(w), referenceYear, lexicons.dates);
  if (occurrences.length < 2) return false;
  const level = levelOf(words, lexicons.meetingLevels);
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
