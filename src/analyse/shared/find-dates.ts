/**
 * @module find-dates
 * Finds calendar dates in running text: "26 April 2025", "April 26, 2025", "June 16-17, 2025",
 * "4-5 April 2025", "30 October – 13 November 2025", "17 June", "2025-04-26", "21.07.2022",
 * "December 2024". A year left out is taken from a reference year. Text that looks like a date
 * but cannot be read ("May 2023-5, 18", a machine-translation artefact) is returned as `broken`
 * instead of being guessed. Month names come from the month lexicon (`data/lexicons/months.json`, every language
 * the corpora use): `createDateFinder` builds a finder from it, and the analysis context holds the one built from
 * the repository's lexicon (`lexicons.dates`); no step reads dates another way.
 */
import { startTable, stickyScan } from './sticky-scan.ts';

export interface FoundDate {
  readonly start: number;
  readonly end: number;
  /** ISO `YYYY-MM-DD` or `YYYY-MM`; null when broken. */
  readonly date: string | null;
  /** Last day of a range, ISO; null for a single day. */
  readonly until: string | null;
  /** False when the year came from the reference year. */
  readonly hasYear: boolean;
  readonly broken: boolean;
}

const DASH = '\\s*[-–—]\\s*';
/** Between the days of a range: a dash, or "17 and 18 July", "from 4 to 6 May" (and the lexicon's `linkers.range`). */
const RANGE_WORDS = ['and', 'to', 'through'];
type Read = Omit<FoundDate, 'start' | 'end'>;
interface Pattern {
  re: string;
  read: (m: RegExpExecArray, year: number | null) => Read | null;
}

/** The date shapes, with `MON` the month alternation (one capturing group) and `monthNumber` its reader. */
function patterns(MON: string, monthNumber: (name: string) => number, linkers: MonthLexicon['linkers']): Pattern[] {
  const words = (list: readonly string[] = []) => list.map(escape).join('|');
  const DAYS = `(?:\\s*[-–—]\\s*|\\s+(?:${words([...RANGE_WORDS, ...(linkers?.range ?? [])])})\\s+)`;
  // "1er juin", "9 de octubre de 2024": a day's suffix, and the word before month and year, where a language has them.
  const D = linkers?.daySuffixes?.length ? `(\\d{1,2})(?:${words(linkers.daySuffixes)})?` : '(\\d{1,2})';
  const OF = linkers?.of?.length ? `(?:\\s+(?:${words(linkers.of)}))?` : '';
  return [
    // 30 October – 13 November 2025
    {
      re: `\\b${D}${OF}\\s+${MON}${DASH}${D}${OF}\\s+${MON}${OF},?\\s+(\\d{4})\\b`,
      read: (m) => range(+m[5], monthNumber(m[2]), +m[1], monthNumber(m[4]), +m[3], true),
    },
    // 4-5 April 2025, 17 June 2025
    {
      re: `\\b${D}(?:${DAYS}${D})?${OF}\\s+${MON}${OF},?\\s+(\\d{4})\\b`,
      read: (m) => range(+m[4], monthNumber(m[3]), +m[1], monthNumber(m[3]), m[2] ? +m[2] : null, true),
    },
    // June 16-17, 2025; April 26, 2025
    {
      re: `${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DAYS}(\\d{1,2}))?,?\\s+(\\d{4})\\b`,
      read: (m) => range(+m[4], monthNumber(m[1]), +m[2], monthNumber(m[1]), m[3] ? +m[3] : null, true),
    },
    // 2025-04-26
    { re: `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, read: (m) => range(+m[1], +m[2], +m[3], +m[2], null, true) },
    // 21.07.2022
    { re: `\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b`, read: (m) => range(+m[3], +m[2], +m[1], +m[2], null, true) },
    // A month with garbage digits: "May 2023-5, 18" — refuse to guess.
    {
      re: `${MON}\\s+\\d{4}${DASH}\\d{1,2},?\\s+\\d{1,2}\\b`,
      read: () => ({ date: null, until: null, hasYear: true, broken: true }),
    },
    // December 2024
    {
      re: `${MON}${OF}\\s+(\\d{4})\\b`,
      read: (m) => ({ date: `${m[2]}-${pad(monthNumber(m[1]))}`, until: null, hasYear: true, broken: false }),
    },
    // 17 June / June 17 (year from context)
    {
      re: `\\b${D}(?:${DAYS}${D})?${OF}\\s+${MON}`,
      read: (m, y) => (y ? range(y, monthNumber(m[3]), +m[1], monthNumber(m[3]), m[2] ? +m[2] : null, false) : null),
    },
    {
      re: `${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DAYS}(\\d{1,2}))?\\b(?!\\s*[:.]\\d)`,
      read: (m, y) => (y ? range(y, monthNumber(m[1]), +m[2], monthNumber(m[1]), m[3] ? +m[3] : null, false) : null),
    },
  ];
}

/** The month lexicon (`data/lexicons/months.json`). */
export interface MonthLexicon {
  readonly months: readonly { readonly number: number; readonly names: Readonly<Record<string, readonly string[]>> }[];
  /** Words of other languages' dates: "de" before month and year, a day's suffix ("1er"), range words ("et"). */
  readonly linkers?: {
    readonly of?: readonly string[];
    readonly daySuffixes?: readonly string[];
    readonly range?: readonly string[];
  };
}

/** Reads dates with the month names of a lexicon. */
export interface DateFinder {
  /** All dates of a text, left to right. @example finder.find('On 26 April 2025, …')[0].date === '2025-04-26' */
  find(text: string, referenceYear?: number | null): FoundDate[];
  /** The number of a month's name or abbreviation, 0 when not a month. @example finder.monthNumber('June') === 6 */
  monthNumber(name: string): number;
  /** A capturing alternation of the month names (case-insensitive, for other rules' patterns). */
  readonly monthPattern: string;
}

/** A date finder over the lexicon's month names. @example createDateFinder(lexicon).find('4-5 April 2025') */
export function createDateFinder(lexicon: MonthLexicon): DateFinder {
  const numbers = new Map<string, number>();
  for (const m of lexicon.months)
    for (const names of Object.values(m.names)) for (const n of names) numbers.set(n.toLowerCase(), m.number);
  const monthNumber = (name: string) => numbers.get(name.toLowerCase().replace(/\.$/, '')) ?? 0;
  const alternation = [...numbers.keys()]
    .sort((x, y) => y.length - x.length)
    .map(escape)
    .join('|');
  // Whole words in any script (\b only knows ASCII letters); an abbreviation may end with a stop.
  const MON = `(?<!\\p{L})(${alternation})(?!\\p{L})\\.?`;
  const list = patterns(MON, monthNumber, lexicon.linkers);
  // Tried only where a date can start (`mayStart`), as a sticky regex: the same matches as a global scan.
  const combined = new RegExp(list.map((p) => `(${p.re.replace(/\((?![?])/g, '(?:')})`).join('|'), 'iuy');
  // Every shape opens with a digit or with a month name, which no letter precedes.
  const names = [...numbers.keys()];
  const mayStart = startTable({ anywhere: '0123456789', afterNonLetter: names.map((n) => n[0]), words: names });
  const single = list.map((p) => new RegExp(`^(?:${p.re})`, 'iu'));
  const recent = new Map<string, FoundDate[]>();
  return {
    monthNumber,
    monthPattern: `(${alternation})`,
    find(text, referenceYear = null) {
      // Every shape has a digit ("\\d" is ASCII even with the "u" flag): most sentences need no scan at all.
      if (!/[0-9]/.test(text)) return [];
      // The meeting step reads the same head and sentences more than once; each reader gets its own array.
      const key = `${referenceYear}\u0000${text}`;
      let found = recent.get(key);
      if (!found) {
        if (recent.size >= 64) recent.clear();
        recent.set(key, (found = scan(text, referenceYear)));
      }
      return [...found];
    },
  };

  function scan(text: string, referenceYear: number | null): FoundDate[] {
    const out: FoundDate[] = [];
    for (const m of stickyScan(combined, text, mayStart)) {
      const which = m.slice(1).findIndex((g) => g !== undefined);
      const exact = single[which].exec(m[0]);
      const read = exact && list[which].read(exact, referenceYear);
      if (read) out.push(Object.freeze({ start: m.index, end: m.index + m[0].length, ...read }));
    }
    return out;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function range(
  year: number,
  m1: number,
  d1: number,
  m2: number,
  d2: number | null,
  hasYear: boolean,
): Omit<FoundDate, 'start' | 'end'> | null {
  if (!valid(year, m1, d1) || (d2 !== null && !valid(year, m2, d2)))
    return { date: null, until: null, hasYear, broken: true };
  const date = `${year}-${pad(m1)}-${pad(d1)}`;
  return { date, until: d2 !== null ? `${year}-${pad(m2)}-${pad(d2)}` : null, hasYear, broken: false };
}

function valid(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
