/**
 * @module between-meeting-rule
 * Meetings named by who meets ("the first-ever meeting between the GCC countries … and five
 * Central Asian nations", "a summit between China and the Central Asian states"): when the two
 * sides are the two partners of a dialogue format ("GCC–Central Asia"), the format's meeting of
 * that edition or level (`entities:pattern/event`).
 */
import type { MeetingRecord } from '../../knowledge/knowledge-base.ts';
import { fold } from '../../knowledge/fold.ts';
import { valueOf } from './alias-rule.ts';
import { findMeeting } from './format-meeting-rule.ts';
import { levelOf } from '../shared/meeting-level.ts';
import { ordinalOf } from './ordinal.ts';
import { addMention, entityRule, type EntityRule, type Scan } from './scan.ts';

/** The two partners of a dialogue format's name ("GCC–Central Asia" → gcc, central asia), folded. */
export function formatPartners(formatName: string): [string, string] | null {
  const parts = formatName
    .split(/\s*[–—‐-]\s*/)
    .map((p) => fold(p).trim())
    .filter(Boolean);
  return parts.length === 2 ? [parts[0], parts[1]] : null;
}

/** True when `rest` (folded, after "between (the)") opens with one partner and names the other after "and". */
export function namesBoth(rest: string, [a, b]: [string, string]): boolean {
  const side = (x: string, y: string) => rest.startsWith(x) && andThen(y).test(rest);
  return side(a, b) || side(b, a);
}

const andThenCache = new Map<string, RegExp>();

/** "and … <partner>", compiled once per partner (the knowledge base's formats name few). */
function andThen(partner: string): RegExp {
  let re = andThenCache.get(partner);
  if (!re) {
    re = new RegExp(`\\band\\b[^.;]*?\\b${partner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    andThenCache.set(partner, re);
  }
  return re;
}

/** Adds event mentions for "<meeting> between <partner> and <partner>". */
export const betweenMeetingRule: EntityRule = entityRule(findBetweenMeeting);

function findBetweenMeeting(scan: Scan): void {
  const { tokens, lex } = scan;
  // Folded only when a "<meeting> between" occurs: most documents have none, and folding every format costs.
  let formats: { id: string; partners: [string, string] | null }[] | undefined;
  for (let h = 0; h + 1 < tokens.length; h++) {
    if (!lex.formatEventHeads.has(tokens[h].norm) || tokens[h + 1].norm !== 'between' || !tokens[h + 1].joined)
      continue;
    let from = h;
    if (h > 0 && tokens[h].joined && tokens[h - 1].norm === 'joint') from--;
    // "first-ever" is two tokens; the ordinal is the first.
    if (from > 1 && tokens[from].joined && tokens[from - 1].norm === 'ever' && tokens[from - 1].joined) from--;
    const edition = from > 0 && tokens[from].joined ? ordinalOf(tokens[from - 1], lex) : undefined;
    if (edition !== undefined) from--;
    else if (tokens[from].norm === 'ever') from++;
    const after = tokens[h + 2]?.norm === 'the' ? h + 3 : h + 2;
    if (!tokens[after]) continue;
    const end = scan.text.indexOf('.', tokens[after].start);
    const rest = fold(scan.text.slice(tokens[after].start, end < 0 ? undefined : end));
    const level = levelOf(tokens[h].norm, scan.lex.meetingLevels);
    formats ??= scan.kb
      .formats()
      .map((f) => ({ id: f.id, partners: f.format ? formatPartners(f.format.formatName) : null }))
      .filter((f) => f.partners);
    const found = formats
      .filter((f) => namesBoth(rest, f.partners!))
      .map((f) => meetingOf(scan, f.id, level, edition ?? null))
      .filter((m): m is MeetingRecord => !!m);
    if (found.length !== 1) continue;
    addMention(scan, from, after + 1, {
      start: tokens[from].start,
      end: tokens[after].end,
      value: valueOf(found[0]),
      source: 'entities:pattern/event',
      confidence: 0.75,
    });
  }
}

// The one meeting of that edition (any level when the head names none), else by level nearest the date.
function meetingOf(
  scan: Scan,
  formatId: string,
  level: ReturnType<typeof levelOf>,
  edition: number | null,
): MeetingRecord | undefined {
  if (edition !== null) {
    const same = scan.kb
      .meetingsOf(formatId)
      .filter((m) => m.meeting.edition === edition && (!level || m.meeting.level === level));
    return same.length === 1 ? same[0] : undefined;
  }
  return scan.date ? findMeeting(scan, scan.date, formatId, level, null, false, false) : undefined;
}
