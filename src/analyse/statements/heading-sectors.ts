/**
 * @module heading-sectors
 * The sectors of a statement that names none itself ("We are united in our determination to
 * ensure full accountability." under "Russia's War against Ukraine"): drafters put such
 * sentences under a topic heading, so the statement takes the heading's leading sector(s). Only the heading:
 * measured on both gold sets, a paragraph's mix of words misleads more than it helps.
 */
import type { Sector } from '../../model/layers.ts';
import type { TreeNode } from '../../model/node.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';
import { sectorScores } from './score-sectors.ts';

/**
 * The leading sectors of the last heading before `offset`, or [] when it names none.
 * @example headingSectors(text, headings, offset, lexicons) → ['security']
 */
export function headingSectors(
  text: string,
  headings: readonly TreeNode[],
  offset: number,
  lexicons: Pick<Lexicons, 'sectors'>,
  sides?: ReadonlySet<string>,
): Sector[] {
  const heading = headings.filter((h) => h.end <= offset).at(-1);
  if (!heading) return [];
  const scores = sectorScores(text.slice(heading.start, heading.end), lexicons, sides);
  // The top-scoring sector(s): a heading's topic, not every word it holds.
  const top = Math.max(0, ...scores.values());
  if (top < lexicons.sectors.threshold) return [];
  return [...scores].filter(([, s]) => s === top).map(([sector]) => sector);
}
