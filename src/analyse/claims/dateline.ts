/**
 * @module dateline
 * The dateline news agencies open a report with ("BEIJING, June 18 (Xinhua) --",
 * "ASTANA –", "Taipei [Taiwan] June 19 :"): where and when the report was filed, not what the
 * meeting did, so subjects and dates are read after it. Month names come from the month list every step reads.
 */
import { compileOnce } from '../shared/compile-once.ts';
import type { DateFinder } from '../shared/find-dates.ts';
import { wordCount } from '../shared/word-count.ts';

/** An upper-case-initial place, optional bracketed or comma-separated additions, then a dash or colon. */
const PLACE = String.raw`\p{Lu}[\p{L}.'’ -]{1,40}`;
const ADDITIONS = String.raw`(?:\s*[[(][^\])]{1,40}[\])])?(?:,?\s+[\p{L}\d ,.]{0,30}?)?(?:\s*\([^)]{1,40}\))?`;
const DATELINE = new RegExp(String.raw`^\s*${PLACE}${ADDITIONS}\s*(?:--|—|–|:)\s+`, 'u');

const CAPITALS = /^\s*\p{Lu}{2,}\b/u;

/** "June 18", "3 May", "Sept. 4": a day and a month's name or abbreviation. */
const dayAndMonth = compileOnce((dates: DateFinder) => {
  const month = String.raw`(?<!\p{L})${dates.monthPattern}(?!\p{L})\.?`;
  return new RegExp(String.raw`${month}\s+\d{1,2}\b|\b\d{1,2}\s+${month}`, 'iu');
});

/**
 * How many characters the sentence's dateline takes (0 without one).
 * @example datelineLength('BEIJING, June 18 (Xinhua) -- The leaders met.', lexicon.dates) === 29
 */
export function datelineLength(text: string, dates: DateFinder): number {
  const m = DATELINE.exec(text);
  if (!m) return 0;
  // A dateline is short, and its place is in capitals ("ASTANA –") or a date follows it.
  const short = wordCount(m[0]) <= 8;
  return short && (CAPITALS.test(m[0]) || dayAndMonth(dates).test(m[0])) ? m[0].length : 0;
}
