/**
 * @module find-deadline
 * When a committed action is due, as the text fixes it: an explicit date ("by 1 July 2026"), a
 * month ("in June 2026"), a year ("by 2030", "in 2026", "before the end of 2025"), or a year
 * relative to the document ("this year", "next year"). A range gives its last part ("in May and
 * June this year" → the June). Years inside names of plans ("Strategy 2022–2026") are not
 * deadlines.
 */
import { findDates, monthNumber } from '../shared/find-dates.ts';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTHS_DUE = new RegExp(
  `\\b(?:in|by|before|until|no later than)\\s+(?:the end of\\s+)?${MONTH}(?:\\s+(?:and|or|-|–)\\s+${MONTH})?\\s+` +
    `(this|next|(\\d{4}))(?:\\s+year)?\\b`,
  'i',
);

/** The deadline of a commitment's text, or null. @example findDeadline('hold the meeting in 2026', 2025) === '2026' */
/** "by the end of 2027", "during 2026" (not a span of years). */
const YEAR_DEADLINE = new RegExp(
  String.raw`\b(?:by|in|until|till|before|no later than|during)\s+` +
    String.raw`(?:the\s+(?:end|beginning|middle|first half|second half|spring|summer|autumn|fall|winter) of\s+)?` +
    String.raw`(\d{4})\b(?!\s*[-–]\s*\d{4})`,
  'i',
);

export function findDeadline(text: string, referenceYear: number | null): string | null {
  const months = MONTHS_DUE.exec(text);
  if (months) {
    const year = yearOf(months[3], months[4], referenceYear);
    const month = monthNumber(months[2] ?? months[1]);
    if (year && month) return `${year}-${String(month).padStart(2, '0')}`;
  }
  const relative =
    /\b(?:(?:by|before|until) (?:the end of )?|(?:in|during|within) )?(this|next|the coming|the current) year\b/i.exec(
      text,
    );
  const explicit = findDates(text, referenceYear).filter((d) => !d.broken && d.date && d.hasYear);
  if (explicit.length) {
    const d = explicit[explicit.length - 1];
    return d.until ?? d.date;
  }
  const year = YEAR_DEADLINE.exec(text);
  if (year) return year[1];
  if (relative && referenceYear) return String(referenceYear + (/next|coming/i.test(relative[1]) ? 1 : 0));
  return null;
}

function yearOf(word: string, digits: string | undefined, ref: number | null): number | null {
  if (digits) return Number(digits);
  if (!ref) return null;
  return /next/i.test(word) ? ref + 1 : ref;
}
