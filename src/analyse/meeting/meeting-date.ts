/**
 * @module meeting-date
 * Finding date candidates for the meeting: dates tied to the meeting's name in a region, the year
 * taken from the knowledge base's record, and relative dates ("on Monday") counted back from
 * publication.
 */
import type { FoundDate } from '../shared/find-dates.ts';
import type { Lexicons, MeetingVerbs } from '../shared/load-lexicons.ts';
import { anyOf, anyOfPhrases, compileOnce } from '../shared/compile-once.ts';
import type { KbGroup } from '../shared/kb-view.ts';
import type { MeetingNote } from './meeting-types.ts';

/**
 * A meeting verb just before a date ("will be held on 15–16 November", "took place on"): the date is the meeting's;
 * "the summit on", "the meeting of": the date is the named meeting's; unless "next"/"upcoming" marks another meeting
 * (`meeting-verbs.json`).
 */
const dateCues = compileOnce((v: MeetingVerbs) => ({
  tied: new RegExp(String.raw`\b(?:${anyOfPhrases(v.beforeDate.words)})\b[^.;!?\n]{0,30}$`, 'i'),
  namedOn: new RegExp(String.raw`\b(?:${anyOfPhrases(v.namedOn.words)})\s+(?:on|of|dated)\s+$`, 'i'),
  next: new RegExp(String.raw`\b(?:${anyOfPhrases(v.upcoming.words)})\b[^.;!?\n]{0,60}$`, 'i'),
}));

/**
 * A date read for the meeting; `tied` when a meeting verb or noun stands just before it ("was held on", "the summit
 * on").
 */
export type DateHit = FoundDate & { readonly tied?: boolean };

export function findDate(
  regions: { text: string; offset: number }[],
  refYear: number | null,
  notes: MeetingNote[],
  { dates, meetingVerbs }: Pick<Lexicons, 'dates' | 'meetingVerbs'>,
): DateHit | null {
  const cues = dateCues(meetingVerbs);
  const isTied = (text: string, d: FoundDate) => tiedTo(text, d, cues);
  for (const r of regions) {
    const found = dates.find(r.text, refYear);
    const full = found.filter((d) => !d.broken && d.date && d.date.length === 10);
    // Prefer the first date tied to a meeting verb over an earlier loose one (a report's own date, another event's).
    const tied = full.find((d) => isTied(r.text, d));
    const good = tied && full[0] && !isTied(r.text, full[0]) ? tied : full[0];
    const broken = found.find((d) => d.broken);
    if (broken && (!good || broken.start < good.start)) {
      notes.push({
        severity: 'warning',
        rule: 'broken-date',
        message:
          `Unreadable meeting date "${r.text.slice(broken.start, broken.end)}"; ` +
          'date left unset unless the knowledge base knows the meeting',
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
        tied: isTied(r.text, good) || cues.namedOn.test(r.text.slice(Math.max(0, good.start - 40), good.start)),
      };
    }
  }
  return null;
}

/** Whether a meeting verb stands just before the date, and no "next"/"upcoming" marks another meeting. */
function tiedTo(text: string, d: FoundDate, cues: { tied: RegExp; next: RegExp }): boolean {
  const before = text.slice(Math.max(0, d.start - 80), d.start);
  return cues.tied.test(before) && !cues.next.test(before);
}

/**
 * A date read without its year and with no publication date to lend one: the format's meeting on the same
 * day and month (of the same edition when one is read) gives the year; otherwise the guess stands.
 */
export function yearFromRecord<T extends FoundDate>(
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

/** "yesterday", "today", "(on|last) Saturday" (`date-phrases.json`, the weekdays of `meeting-sentence.json`). */
const relativeDay = compileOnce((lex: Lexicons) => {
  const days = lex.datePhrases.relativeDays;
  const weekday = `(?:${anyOf(days.weekdayBefore)})?(${anyOf(lex.meetingSentence.weekdays.words)})`;
  return new RegExp(String.raw`\b(?:(${anyOf(days.yesterday)})|${anyOf(days.today)}|${weekday})\b`, 'i');
});

/** "held here Saturday", "yesterday", "today": a day counted back from the publication date. */
export function relativeDate(
  sentence: string,
  published: string | undefined,
  notes: MeetingNote[],
  lexicons: Lexicons,
): FoundDate | null {
  const pub = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? Date.parse(published) : NaN;
  if (!Number.isFinite(pub)) return null;
  const m = relativeDay(lexicons).exec(sentence);
  if (!m) return null;
  const weekdays = lexicons.meetingSentence.weekdays.words;
  let back = 0;
  if (m[1]) back = 1;
  else if (m[2]) back = (new Date(pub).getUTCDay() - weekdays.indexOf(m[2].toLowerCase()) + 7) % 7;
  const date = new Date(pub - back * 86400000).toISOString().slice(0, 10);
  notes.push({
    severity: 'info',
    rule: 'relative-date',
    message: `"${m[0]}" read as ${date}, counted back from the publication date`,
  });
  return { start: m.index, end: m.index + m[0].length, date, until: null, hasYear: false, broken: false };
}
