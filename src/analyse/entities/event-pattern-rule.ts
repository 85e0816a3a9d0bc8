/**
 * @module event-pattern-rule
 * Named conferences, forums, summits and sessions not tied to a known format
 * ("Samarkand International Climate Forum", "High-Level International Conference on
 * Glacier Conservation", "43rd session of the UNESCO General Conference"): new events unless
 * the knowledge base lists the name (`entities:pattern/event`).
 */
import type { MeetingRecord } from '../../knowledge/knowledge-base.ts';
import { findMeeting, joinedOrPossessive } from './format-meeting-rule.ts';
import { levelOf } from '../shared/meeting-level.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { ordinalOf } from './ordinal.ts';
import { afterAbbreviation, growLeft, growRight, nameToken, pastArticles } from './pattern-span.ts';
import {
  addMention,
  foundWhole,
  lookupAnySpelling,
  mentionAt,
  spanText,
  entityRule,
  type EntityRule,
  type Scan,
} from './scan.ts';

/** Adds event mentions found by event head noun. */
export const eventPatternRule: EntityRule = entityRule(findEventPattern);

function findEventPattern(scan: Scan): void {
  const { tokens, lex } = scan;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (scan.covered[h] >= 0 || !lex.eventHeads.has(t.norm)) continue;
    const ordinalBefore = h > 0 && tokens[h].joined && ordinalOf(tokens[h - 1], lex) !== undefined;
    let from: number, to: number;
    let partner = -1;
    // "Dialogue Relations", "Summit Declaration": a capitalised word after the head makes it a modifier.
    if (t.cap && modifiesNext(scan, h)) continue;
    if (t.cap) {
      from = growLeft(scan, h, true);
      // "Foreign Ministers' Meeting": the apostrophe of a plural possessive does not end the name.
      while (
        from > 0 &&
        h - from < 12 &&
        !tokens[from].joined &&
        joinedOrPossessive(scan, from) &&
        nameToken(scan, from - 1)
      )
        from = growLeft(scan, from - 1);
      // "Meeting of Ministers of Economy and Trade": "and" may add one last capitalised word.
      to = growRight(scan, h, false, true);
      // "World Expo 2030": a year printed right after the name is part of it.
      if (yearFollows(scan, to)) to++;
      // "Central Asia plus Japan Economic Forum": a format's name before the words opens the name.
      const format = scan.formats.find(
        (f) =>
          (f.from < from && f.to > from) ||
          (f.to === from &&
            (tokens[from].joined ||
              afterAbbreviation(scan, from) ||
              /^["”’']\s*$/.test(scan.text.slice(tokens[from - 1].end, tokens[from].start)))),
      );
      if (format) from = format.from;
      else partner = partnerBefore(scan, from, h);
      if (partner >= 0) from = partner;
    } else {
      // "43rd session of the UNESCO General Conference": a lower-case head needs an ordinal and a name after it.
      to = growRight(scan, h);
      if (!ordinalBefore || to === h + 1) continue;
      from = h - 1;
    }
    if (from === h && ordinalBefore) from = h - 1;
    // "the second China–Central Asia … Forum": the edition opens the name.
    if (from > 0 && tokens[from].joined && ordinalOf(tokens[from - 1], lex) !== undefined) from--;
    from = pastArticles(scan, from, h);
    if (to - from < 2) continue;
    if (lex.genericEventHeads.has(t.norm) && to === h + 1 && !ordinalBefore && h - from < 2) continue;
    if (foundWhole(scan, from, to)) continue;
    // "the India and Central Asia Summit" is the partners' summit, spelled as their format ("India–Central Asia").
    const text = partner >= 0 ? spanText(scan, from, to).replace(/\s+and\s+/, '–') : spanText(scan, from, to);
    const listed = lookupAnySpelling(scan, text).map((id) => scan.kb.byId.get(id));
    // A format listed under this name ("“Central Asia plus Japan” Dialogue") is the format's record.
    const known =
      listed.find((r) => r?.type === 'event') ??
      (partner < 0 ? listed.find((r) => r?.type === 'organization') : undefined) ??
      formatMeetingOf(scan, from, h, to, text) ??
      datedMeetingOf(scan, from, h, to, text);
    // "C5+1 Critical Minerals Dialogue": a dialogue on a subject is a standing initiative, not one event; its
    // numbered round ("the third U.S.-Kenya Cyber and Digital Dialogue") is one meeting, an event.
    const type =
      lex.initiativeEventHeads.has(t.norm) && ordinalOf(tokens[from], lex) === undefined
        ? ('initiative' as const)
        : ('event' as const);
    const value = known
      ? valueOf(known)
      : {
          entityId: newEntityId(type, text),
          type,
          name: type === 'event' ? seriesName(scan, from, h, to, text) : cleanName(text),
          known: false,
        };
    addMention(scan, from, to, {
      start: tokens[from].start,
      end: tokens[to - 1].end,
      value,
      source: 'entities:pattern/event',
      confidence: known ? 0.85 : 0.6,
    });
    h = to - 1;
  }
}

// The first token of a state named before "and" and the name's own words ("India and Central Asia Summit"), when
// those words are a few plain capitalised ones (a region); -1 otherwise.
function partnerBefore(scan: Scan, from: number, head: number): number {
  const { tokens } = scan;
  if (
    from < 2 ||
    head - from > 3 ||
    tokens[from - 1].norm !== 'and' ||
    !tokens[from].joined ||
    !tokens[from - 1].joined
  )
    return -1;
  for (let k = from; k < head; k++) if (scan.covered[k] >= 0 || !tokens[k].cap) return -1;
  const state = mentionAt(scan, from - 2);
  if (state?.value.type !== 'country') return -1;
  let first = from - 2;
  while (first > 0 && scan.covered[first - 1] === scan.covered[from - 2]) first--;
  return first;
}

// True when the head is followed, in the same name, by a capitalised word: a word that is no head makes it a
// modifier ("Summit Declaration"), another head is the name's own ("Ministerial Conference", "Forum Summit").
function modifiesNext(scan: Scan, h: number): boolean {
  const next = scan.tokens[h + 1];
  if (!next?.joined || !next.cap || scan.covered[h + 1] >= 0) return false;
  return !scan.lex.connectors.has(next.norm);
}

/** True when token k is a year printed right after the token before it ("Expo 2030", "Expo-2017"), ending a phrase. */
export function yearFollows(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  if (
    !t ||
    k === 0 ||
    !/^(?:19|20)\d\d$/.test(t.norm) ||
    !/^[ -]$/.test(scan.text.slice(scan.tokens[k - 1].end, t.start))
  )
    return false;
  // "the Forum 2024 edition", "the Summit 2024 agenda": a year before another word is no name's end.
  const next = scan.tokens[k + 1];
  return !next?.joined || next.cap;
}

// The one format the document names, when it names exactly one.
function soleFormat(scan: Scan): string | undefined {
  const ids = new Set(scan.formats.map((f) => f.formatId));
  return ids.size === 1 ? [...ids][0] : undefined;
}

// An ordinal and a level with no format in the words ("the 10th Foreign Ministers' Meeting"):
// the meeting of the one format the document names, where it is listed.
function formatMeetingOf(scan: Scan, from: number, head: number, to: number, text: string): MeetingRecord | undefined {
  const formatId = soleFormat(scan);
  const edition = ordinalOf(scan.tokens[from], scan.lex);
  const level = levelOf(text, scan.lex.meetingLevels);
  if (!formatId || edition === undefined || !level || !scan.lex.formatEventHeads.has(scan.tokens[head].norm))
    return undefined;
  if (scan.formats.some((f) => f.from >= from && f.to <= to)) return undefined;
  return scan.kb.meetingsOf(formatId).find((m) => m.meeting.edition === edition && m.meeting.level === level);
}

// A format named inside an unnumbered meeting name of a level ("SCO Summit", "Meeting of the
// Council of Heads of State of the Shanghai Cooperation Organization"): the format's meeting of
// that level nearest the document's date, when one is listed within a few months of it.
function datedMeetingOf(scan: Scan, from: number, head: number, to: number, text: string): MeetingRecord | undefined {
  const format = scan.formats.find((f) => f.from >= from && f.to <= to) ?? bodyFormatIn(scan, from, to);
  const level = levelOf(text, scan.lex.meetingLevels);
  if (!format || !level || !scan.date || !scan.lex.formatEventHeads.has(scan.tokens[head].norm)) return undefined;
  if (ordinalOf(scan.tokens[from], scan.lex) !== undefined) return undefined;
  return findMeeting(scan, scan.date, format.formatId, level, null, scan.tokens[head].norm.endsWith('s'), false);
}

// A format's body named inside ("Council of Heads of State of the Shanghai Cooperation
// Organization" swallows the format's own name): the format whose body it is.
function bodyFormatIn(scan: Scan, from: number, to: number): { formatId: string } | undefined {
  for (let k = from; k < to; k++) {
    const m = mentionAt(scan, k);
    if (m?.value.type !== 'organization' || m.start < scan.tokens[from].start || m.end > scan.tokens[to - 1].end)
      continue;
    const rec = scan.kb.byId.get(m.value.entityId) as { id: string; parent?: string } | undefined;
    if (!rec) continue;
    if (scan.kb.meetingsOf(rec.id).length) return { formatId: rec.id };
    if (rec.parent && scan.kb.meetingsOf(rec.parent).length) return { formatId: rec.parent };
  }
  return undefined;
}

// An unlisted ordinal meeting of the document's one format gets the format's name inside
// ("10th Foreign Ministers' Meeting" → "10th Japan–Central Asia Foreign Ministers' Meeting"),
// so that documents naming it differently share one name.
function seriesName(scan: Scan, from: number, head: number, to: number, text: string): string {
  const formatId = soleFormat(scan);
  const rec = formatId ? (scan.kb.byId.get(formatId) as { format?: { formatName: string } } | undefined) : undefined;
  const formatName = rec?.format?.formatName;
  if (
    !formatName ||
    ordinalOf(scan.tokens[from], scan.lex) === undefined ||
    !levelOf(text, scan.lex.meetingLevels) ||
    !scan.lex.formatEventHeads.has(scan.tokens[head].norm)
  )
    return cleanName(text);
  if (scan.formats.some((f) => f.from >= from && f.to <= to)) return cleanName(text);
  const words = cleanName(text).split(/\s+/);
  return [words[0], formatName, ...words.slice(1)].join(' ');
}
