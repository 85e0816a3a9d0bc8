/**
 * @module recurring-edition
 * The edition a regular meeting series should have in a given year, from its recurring
 * pattern's anchor (the 50th G7 summit was in 2024, so 2021's was the 47th). Irregular and
 * twice-yearly series have none: their editions must come from the text.
 */
import type { RecurringMeeting } from './kb-types.ts';

const STEP: Partial<Record<RecurringMeeting['frequency'], number>> = { annual: 1, biennial: 2, triennial: 3 };

/**
 * The expected edition in `year`, or null when the series is not regular, has no anchor, or
 * the year falls between two meetings of a biennial or triennial series.
 * @example expectedEdition({ frequency: 'annual', anchor: { edition: 50, year: 2024 }, … }, 2021) // 47
 */
export function expectedEdition(
  pattern: Pick<RecurringMeeting, 'frequency' | 'anchor' | 'first'>,
  year: number,
): number | null {
  const step = STEP[pattern.frequency];
  if (!step || !pattern.anchor) return null;
  if (pattern.first && year < pattern.first.year) return null;
  const years = year - pattern.anchor.year;
  if (years % step !== 0) return null;
  const edition = pattern.anchor.edition + years / step;
  return edition >= 1 ? edition : null;
}
