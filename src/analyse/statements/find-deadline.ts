/**
 * @module find-deadline
 * When a committed action is due, as the text fixes it: an explicit date ("by 1 July 2026"), a
 * month ("in June 2026"), a year ("by 2030", "in 2026", "before the end of 2025"), or a year
 * relative to the document ("this year", "next year"). A range gives its last part ("in May and
 * June this year" → the June). Years inside names of plans ("Strategy 2022–2026") are not
 * deadlines. Month names come from the month lexicon, the words around them from `date-phrases.json`.
 */
import { anyOf, compileOnce } from '../shared/compile-once.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';

/** What the deadline reader needs of the analysis context's lexicons. */
export type DeadlineLexicons = Pick<Lexicons, 'dates' | 'datePhrases'>;

/**
 * The deadline of a commitment's text, or null.
 * @example findDeadline('hold the meeting in 2026', 2025, context.lexicons) === '2026'
 */
export function findDeadline(text: string, referenceYear: number | null, lexicons: DeadlineLexicons): string | null {
  const re = matchers(lexicons);
  const months = re.monthsDue.exec(text);
  if (months?.groups) {
    const g = months.groups;
    const year = g.digits ? Number(g.digits) : referenceYear && referenceYear + (re.next.test(g.relative) ? 1 : 0);
    const month = lexicons.dates.monthNumber(g.last ?? g.first);
    if (year && month) return `${year}-${String(month).padStart(2, '0')}`;
  }
  const relative = re.relative.exec(text);
  const explicit = lexicons.dates.find(text, referenceYear).filter((d) => !d.broken && d.date && d.hasYear);
  if (explicit.length) {
    const d = explicit[explicit.length - 1];
    return d.until ?? d.date;
  }
  const year = re.yearDue.exec(text);
  if (year) return year[1];
  if (relative && referenceYear) return String(referenceYear + (re.next.test(relative[1]) ? 1 : 0));
  return null;
}

const matchers = compileOnce(({ dates, datePhrases: p }: DeadlineLexicons) => {
  const relative = anyOf([...p.relativeYears.same, ...p.relativeYears.next]);
  const joiners = anyOf(p.monthJoiners.words);
  return {
    // "in May and June this year", "by the end of June 2026"
    monthsDue: new RegExp(
      String.raw`\b(?:${anyOf(p.monthDue.before)})\s+(?:(?:${anyOf(p.monthDue.periods)})\s+)?` +
        String.raw`(?<first>${dates.monthPattern})(?:\s+(?:${joiners})\s+(?<last>${dates.monthPattern}))?\s+` +
        String.raw`(?<relative>${relative}|(?<digits>\d{4}))(?:\s+year)?\b`,
      'i',
    ),
    // "by the end of 2027", "during 2026" (not a span of years)
    yearDue: new RegExp(
      String.raw`\b(?:${anyOf(p.yearDue.before)})\s+(?:the\s+(?:${anyOf(p.yearDue.periods)}) of\s+)?` +
        String.raw`(\d{4})\b(?!\s*[-–]\s*\d{4})`,
      'i',
    ),
    relative: new RegExp(String.raw`\b(${relative}) year\b`, 'i'),
    next: new RegExp(String.raw`^(?:${anyOf(p.relativeYears.next)})$`, 'i'),
  };
});
