/**
 * @module format-meeting-rule
 * Meetings of a knowledge-base format named around the format's name ("the 6th meeting of
 * foreign ministers in the “China-Central Asia” format", "VI meeting of Foreign Ministers in
 * Central Asia — China format", "the second C5+China summit"): linked to the format's
 * meeting record by level and edition, giving its canonical name (`entities:pattern/event`).
 */
import type { MeetingLevel } from '../../model/layers.ts';
import type { MeetingRecord } from '../../knowledge/knowledge-base.ts';
import type { OrganizationRecord } from '../../knowledge/kb-types.ts';
import { valueOf } from './alias-rule.ts';
import { newEntityId } from './entity-mention.ts';
import { cleanName } from './org-pattern-rule.ts';
import { ordinalOf } from './ordinal.ts';
import { addMention, listedRecord, replaceMention, spanText, entityRule, type EntityRule, type Scan } from './scan.ts';
import { fold } from '../../knowledge/fold.ts';
import { levelOf } from '../shared/meeting-level.ts';
import { knownOccurrence, meetingOccurrences, type MeetingOccurrence } from '../shared/meeting-occurrences.ts';

const WINDOW_LEFT = 9;
const WINDOW_RIGHT = 6;

/** Adds event mentions for meetings named with a format. */
export const formatMeetingRule: EntityRule = entityRule(findFormatMeeting);

function findFormatMeeting(scan: Scan): void {
  const { tokens, lex } = scan;
  let date: string | undefined | null = scan.date;
  for (const f of scan.formats) {
    // A format that is also an organisation is already a mention; an ordinal before it may still make it one meeting.
    const own = scan.covered[f.from] >= 0 ? scan.covered[f.from] : -1;
    if (
      own >= 0 &&
      !(
        scan.mentions[own].value.entityId === f.formatId &&
        f.from > 0 &&
        ordinalOf(tokens[f.from - 1], lex) !== undefined &&
        tokens[f.from].joined
      )
    )
      continue;
    let head = -1,
      ordinal = -1,
      edition: number | undefined,
      next = false;
    let left = f.from;
    for (let k = f.from - 1; k >= 0 && f.from - k <= WINDOW_LEFT && tokens[k + 1].joined; k--) {
      if (scan.covered[k] >= 0 && scan.mentions[scan.covered[k]].value.type !== 'country') break;
      const n = ordinalOf(tokens[k], lex);
      if (n !== undefined) {
        ordinal = k;
        edition = n;
        left = k;
        break;
      }
      if (tokens[k].norm === 'next' || tokens[k].norm === 'upcoming') {
        next = true;
        left = k;
        break;
      }
      if (lex.formatEventHeads.has(tokens[k].norm)) {
        head = k;
        left = k;
      }
      // An article opens the phrase once its head is found ("the 6th meeting … in the X format").
      if ((tokens[k].norm === 'the' || tokens[k].norm === 'a') && head >= 0) break;
    }
    let right = f.to;
    if (tokens[right]?.norm === 'format' && tokens[right].joined) right++;
    for (let k = right; k < tokens.length && k - f.to < WINDOW_RIGHT && joinedOrPossessive(scan, k); k++) {
      if (scan.covered[k] >= 0) break;
      if (lex.formatEventHeads.has(tokens[k].norm)) {
        head = k;
        right = k + 1;
        break;
      }
      if (!tokens[k].cap && !/^(heads?|of|state|states|foreign|ministers?)$/.test(tokens[k].norm)) break;
    }
    // "the sixth consultative meeting of the leaders of Central Asian states": the format's own name is
    // a meeting's, so an ordinal before it names one meeting of the format.
    // A dialogue format's name that ends in a meeting noun ("Korea–Central Asia Cooperation Forum") names its meetings
    // too.
    if (head < 0 && ordinal >= 0) head = headInside(scan, f.from, f.to);
    if (head < 0 && own < 0 && bodyLevel(scan, f.formatId, spanText(scan, f.from, f.to))) head = f.to - 1;
    if (head < 0) continue;
    // "the first meeting of the Russia – Central Asia Council of Business Leaders": a body's meeting, not the format's.
    if (head < f.from && bodyFollows(scan, right)) continue;
    if (ordinal < 0 && (edition = ordinalOf(tokens[f.to], lex)) !== undefined) ordinal = f.to;
    const from = left,
      to = right;
    const text = spanText(scan, from, to);
    if (date === undefined) date = referenceDate(scan);
    // "the … Foreign Ministers' Meetings held in Chengdu on …, and in Almaty on …": one event per meeting.
    const several = occurrencesAfter(scan, text, to, date ?? null);
    const listed = several.map((o) =>
      knownOccurrence(
        scan.kb.meetingsOf(f.formatId).map((m) => m.meeting),
        levelOf(text, scan.lex.meetingLevels),
        o,
        (c) => cityNames(scan, c),
      ),
    );
    if (several.length > 1 && listed.every(Boolean)) {
      listed.forEach((m, i) => {
        const rec = scan.kb.byId.get(m!.id);
        if (rec)
          addMention(
            scan,
            from,
            to,
            {
              start: tokens[from].start,
              end: tokens[to - 1].end,
              value: valueOf(rec),
              source: 'entities:pattern/event',
              confidence: 0.8,
            },
            i === 0,
          );
      });
      continue;
    }
    const meeting = findMeeting(
      scan,
      date ?? undefined,
      f.formatId,
      bodyLevel(scan, f.formatId, text) ?? levelOf(text, scan.lex.meetingLevels),
      edition ?? null,
      tokens[head].norm.endsWith('s'),
      next,
    );
    const value = meeting
      ? valueOf(meeting)
      : { entityId: newEntityId('event', text), type: 'event' as const, name: cleanName(text), known: false };
    const mention = {
      start: tokens[from].start,
      end: tokens[to - 1].end,
      value,
      source: 'entities:pattern/event',
      confidence: meeting ? 0.85 : 0.6,
    };
    if (own >= 0) replaceMention(scan, own, from, to, mention);
    else addMention(scan, from, to, mention);
  }
}

/**
 * The level of the format's body the phrase names ("Korea-Central Asia Cooperation Forum" → foreign
 * ministers): a body's name says who meets better than its generic noun ("forum").
 */
function bodyLevel(scan: Scan, formatId: string, phrase: string): MeetingLevel | null {
  const rec = scan.kb.byId.get(formatId) as OrganizationRecord | undefined;
  // fold already reads dashes as spaces: "Korea–Central Asia" ends like "Korea-Central Asia".
  const key = fold(phrase).replace(/^(?:the|a|an) /, '');
  return rec?.format?.bodies?.find((b) => key.endsWith(fold(b.name)))?.level ?? null;
}

/** The first meeting head word inside a format's name ("Consultative Meeting of …"), or -1. */
function headInside(scan: Scan, from: number, to: number): number {
  for (let k = from; k < to; k++) if (scan.lex.formatEventHeads.has(scan.tokens[k].norm)) return k;
  return -1;
}

/**
 * True when token k follows the one before it in one phrase, a plural possessive's apostrophe included ("Foreign
 * Ministers' Meeting").
 */
export function joinedOrPossessive(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  return t.joined || (k > 0 && /^['’]\s+$/.test(scan.text.slice(scan.tokens[k - 1].end, t.start)));
}

// A capitalised word after the format that is no level or meeting word names a body of it.
function bodyFollows(scan: Scan, k: number): boolean {
  const t = scan.tokens[k];
  return (
    !!t &&
    t.joined &&
    t.cap &&
    !scan.lex.formatEventHeads.has(t.norm) &&
    !/^(heads?|foreign|ministers?|ministerial|summit|format|senior|officials?)$/.test(t.norm)
  );
}

/** Date–place pairs after the phrase (see `meetingOccurrences`). */
function occurrencesAfter(scan: Scan, words: string, to: number, date: string | null): MeetingOccurrence[] {
  const end = scan.tokens[to - 1].end;
  return meetingOccurrences(
    words,
    scan.text.slice(end, end + 240),
    (w) => placesIn(scan, w),
    date ? Number(date.slice(0, 4)) : null,
    scan.lex.dates,
  );
}

// Cities and countries the knowledge base knows, read as runs of one to three capitalised words.
function placesIn(scan: Scan, window: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of window.matchAll(/\b[A-Z][\p{L}'’-]*(?:\s[A-Z][\p{L}'’-]*){0,2}/gu)) {
    const words = m[0].split(' ');
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ');
      if (scan.kb.lookup(fold(name)).some((id) => /^(city|country):/.test(id))) {
        out.push({ start: m.index, end: m.index + name.length });
        break;
      }
    }
  }
  return out;
}

function cityNames(scan: Scan, city: string): string[] {
  const rec = listedRecord(scan, city, 'city');
  return rec ? [rec.name, ...rec.aliases] : [city];
}

// Without a publication date, a news item is dated by the first listed meeting it names
// ("the Sixth … Foreign Ministers' Meeting … the upcoming Summit").
function referenceDate(scan: Scan): string | null {
  for (const m of scan.mentions) {
    const rec = scan.kb.byId.get(m.value.entityId) as MeetingRecord | undefined;
    if (rec?.formatId && rec.date) return rec.date;
  }
  return null;
}

/**
 * A format's meeting: by edition when the text gives one; otherwise the meeting of that level
 * nearest the document's date (news name "the China–Central Asia Summit" they report on).
 */
export function findMeeting(
  scan: Scan,
  date: string | undefined,
  formatId: string,
  level: MeetingLevel | null,
  edition: number | null,
  plural: boolean,
  next: boolean,
): MeetingRecord | undefined {
  if (plural) return undefined;
  const meetings = scan.kb.meetingsOf(formatId).filter((m) => !level || m.meeting.level === level);
  if (edition !== null) return meetings.find((m) => m.meeting.edition === edition);
  if (!date || !level) return undefined;
  // "the next/upcoming summit": the first of that level after the document's date, if listed.
  if (next) return meetings.find((m) => m.date && m.date > date);
  const t = Date.parse(date);
  let best: MeetingRecord | undefined,
    gap = Infinity;
  for (const m of meetings) {
    if (!m.date) continue;
    const d = Math.abs(Date.parse(m.date) - t);
    if (d < gap) {
      gap = d;
      best = m;
    }
  }
  return gap <= 120 * 86400000 ? best : undefined;
}
