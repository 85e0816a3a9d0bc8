/**
 * @module find-dates
 * Finds calendar dates in running text: "26 April 2025", "April 26, 2025", "June 16-17, 2025",
 * "4-5 April 2025", "30 October – 13 November 2025", "17 June", "2025-04-26", "21.07.2022",
 * "December 2024". A year left out is taken from a reference year. Text that looks like a date
 * but cannot be read ("May 2023-5, 18", a machine-translation artefact) is returned as `broken`
 * instead of being guessed.
 */

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

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DASH = '\\s*[-–—]\\s*';
const PATTERNS: {
  re: string;
  read: (m: RegExpExecArray, year: number | null) => Omit<FoundDate, 'start' | 'end'> | null;
}[] = [
  // 30 October – 13 November 2025
  {
    re: `\\b(\\d{1,2})\\s+${MON}${DASH}(\\d{1,2})\\s+${MON},?\\s+(\\d{4})\\b`,
    read: (m) => range(+m[5], monthNumber(m[2]), +m[1], monthNumber(m[4]), +m[3], true),
  },
  // 4-5 April 2025, 17 June 2025
  {
    re: `\\b(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+${MON},?\\s+(\\d{4})\\b`,
    read: (m) => range(+m[4], monthNumber(m[3]), +m[1], monthNumber(m[3]), m[2] ? +m[2] : null, true),
  },
  // June 16-17, 2025; April 26, 2025
  {
    re: `\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2}))?,?\\s+(\\d{4})\\b`,
    read: (m) => range(+m[4], monthNumber(m[1]), +m[2], monthNumber(m[1]), m[3] ? +m[3] : null, true),
  },
  // 2025-04-26
  { re: `\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, read: (m) => range(+m[1], +m[2], +m[3], +m[2], null, true) },
  // 21.07.2022
  { re: `\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b`, read: (m) => range(+m[3], +m[2], +m[1], +m[2], null, true) },
  // A month with garbage digits: "May 2023-5, 18" — refuse to guess.
  {
    re: `\\b${MON}\\s+\\d{4}${DASH}\\d{1,2},?\\s+\\d{1,2}\\b`,
    read: () => ({ date: null, until: null, hasYear: true, broken: true }),
  },
  // December 2024
  {
    re: `\\b${MON}\\s+(\\d{4})\\b`,
    read: (m) => ({ date: `${m[2]}-${pad(monthNumber(m[1]))}`, until: null, hasYear: true, broken: false }),
  },
  // 17 June / June 17 (year from context)
  {
    re: `\\b(\\d{1,2})(?:${DASH}(\\d{1,2}))?\\s+${MON}\\b`,
    read: (m, y) => (y ? range(y, monthNumber(m[3]), +m[1], monthNumber(m[3]), m[2] ? +m[2] : null, false) : null),
  },
  {
    re: `\\b${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2}))?\\b(?!\\s*[:.]\\d)`,
    read: (m, y) => (y ? range(y, monthNumber(m[1]), +m[2], monthNumber(m[1]), m[3] ? +m[3] : null, false) : null),
  },
];
const COMBINED = new RegExp(PATTERNS.map((p) => `(${p.re.replace(/\((?!\?)/g, '(?:')})`).join('|'), 'gi');
const SINGLE = PATTERNS.map((p) => new RegExp(`^(?:${p.re})`, 'i'));

/** All dates of a text, left to right. @example findDates('On 26 April 2025, …')[0].date === '2025-04-26' */
export function findDates(text: string, referenceYear: number | null = null): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(COMBINED)) {
    const which = m.slice(1).findIndex((g) => g !== undefined);
    const exact = SINGLE[which].exec(m[0]);
    const read = exact && PATTERNS[which].read(exact, referenceYear);
    if (read) out.push({ start: m.index, end: m.index + m[0].length, ...read });
  }
  return out;
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

/** The number of a month's name or abbreviation, 0 when not a month. @example monthNumber('June') === 6 */
export function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
