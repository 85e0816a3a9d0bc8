/**
 * @module format-sides
 * The organisations that a partnership format joins with another side ("ASEAN–US", "US–Pacific Islands Forum",
 * "EU–AU"): in that format's texts the organisation is the partner the statement speaks with or about ("ASEAN's
 * efforts", "Pacific Islands Forum members"), not a multilateral body the parties act in, so its names do not mark
 * the multilateral sector there. A format that is the organisation itself (SCO, BRICS, APEC) names no sides: "the
 * role of the SCO" stays multilateral.
 */
import { compileOnce } from '../shared/compile-once.ts';
import type { KbGroup } from '../shared/kb-view.ts';

/** A dash between two sides of a format's name ("ASEAN–US", "ASEAN-U.S."). */
const SIDES = /\s*[-–—]\s*/;
/** Folds a name for comparing with the words a lexicon term matched: case and white space. */
export const foldSide = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The folded names of the organisations that are sides of a partnership format (with the sides as its names write
 * them), empty for a format that is one body or for none.
 * @example formatSideNames(usPif, groups) → Set {'us', 'pacific islands forum', 'pif', …}
 */
export function formatSideNames(format: KbGroup | undefined, groups: readonly KbGroup[]): ReadonlySet<string> {
  // Asked once per document of the format: the answer depends only on the format and the view's groups.
  return format ? remembered(format)(groups) : NO_SIDES;
}

const NO_SIDES: ReadonlySet<string> = new Set();
const remembered = compileOnce((format: KbGroup) =>
  compileOnce((groups: readonly KbGroup[]) => sideNamesOf(format, groups)),
);

function sideNamesOf(format: KbGroup, groups: readonly KbGroup[]): ReadonlySet<string> {
  const out = new Set<string>();
  if (!format.formatName || !SIDES.test(format.formatName)) return out;
  const sides = new Set(
    format.names
      .filter((n) => SIDES.test(n))
      .flatMap((n) => n.split(SIDES))
      .map(foldSide)
      .filter(Boolean),
  );
  for (const side of sides) out.add(side);
  for (const g of groups) {
    if (g === format || !g.names.some((n) => sides.has(foldSide(n)))) continue;
    for (const n of g.names) out.add(foldSide(n));
  }
  return out;
}
