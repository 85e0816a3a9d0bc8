/**
 * @module head-stamp
 * The place and date a primary document opens with, on lines of their own: "San Francisco, California" over
 * "November 16-17, 2023", "Brussels, 17 July 2023", "Washington, D.C. / May 13, 2022". Chancelleries of every
 * tradition head a chair's statement, a declaration or a press release this way, and it says where and when
 * the meeting was (a news report's dateline, which says where the report was filed, is masked before this).
 */
import { kbMatchers } from '../shared/kb-matchers.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import type { DateHit } from './meeting-date.ts';
import { anyOf, compileOnce } from '../shared/compile-once.ts';

export interface HeadStamp {
  readonly date: DateHit | null;
  readonly place: { city: string; country: string } | null;
}

/**
 * The article a French or Spanish stamp puts before its date ("Paris, le 10 juin 2026", "Lima, el 10 de junio de
 * 2026"; `date-phrases.json` stampArticles), to be skipped; none in English.
 */
export const stampArticle = compileOnce((phrases: Lexicons['datePhrases']): RegExp => {
  const words = phrases.stampArticles.words;
  return words.length ? new RegExp(String.raw`^(?:${anyOf(words)})\s+(?=\d)`, 'i') : /^(?!)/;
});

/** Lines read at the top of the text, and how far down they may lie. */
const LINES = 4;
const REACH = 400;

/**
 * The opening stamp: among the first non-empty lines, a line that is only a known city (with its region or country
 * after a comma) and a line that is only a full date, or one line with both; null when the text opens otherwise.
 * @example headStamp('Astana, Kazakhstan\n17 June 2025\n\nWe, the leaders …', lexicons)?.date?.date === '2025-06-17'
 */
export function headStamp(text: string, lexicons: Lexicons): HeadStamp | null {
  const m = kbMatchers(lexicons.kb);
  let date: DateHit | null = null;
  let place: HeadStamp['place'] = null;
  let seen = 0;
  for (const line of text.slice(0, REACH).matchAll(/[^\n]+/g)) {
    const clean = line[0].replace(/[*_#>]/g, ' ');
    const words = clean.trim();
    if (!words) continue;
    if (++seen > LINES) break;
    const lead = clean.length - clean.trimStart().length;
    const at = line.index + lead;
    const city = m.cities.find(words)[0];
    const cityFirst: typeof city | undefined = city && city.start === 0 && !place ? city : undefined;
    // The region or country after the city ("San Francisco, California"), then perhaps the date.
    const rest = cityFirst
      ? words
          .slice(cityFirst.end)
          .replace(/^,\s*(?:\p{Lu}[\p{L}.]*\s*){1,3}(?=,|$)/u, '')
          .replace(/^[,\s–—-]+/, '')
          .replace(stampArticle(lexicons.datePhrases), '')
      : words.replace(stampArticle(lexicons.datePhrases), '');
    const d = rest ? lexicons.dates.find(rest)[0] : undefined;
    const onlyDate =
      d && !d.broken && d.hasYear && d.date?.length === 10 && d.start === 0 && !/[\p{L}\d]/u.test(rest.slice(d.end));
    // A line that is neither a place nor a date ends the stamp.
    if (!onlyDate && (!cityFirst || rest)) break;
    if (cityFirst) place = { city: cityFirst.value.name, country: cityFirst.value.country };
    if (onlyDate && !date) {
      const off = at + (words.length - rest.length);
      date = { ...d, start: off + d.start, end: off + d.end, tied: true };
    }
    if (date && place) break;
  }
  return finish(date, place);
}

function finish(date: DateHit | null, place: HeadStamp['place']): HeadStamp | null {
  return date || place ? { date, place } : null;
}
