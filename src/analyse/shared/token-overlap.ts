/**
 * @module token-overlap
 * How many words two texts share, after folding case, accents and punctuation: the measure the shared scorer
 * matches statements and names by, for rules (a printed name against the canonical one) and for scripts that
 * pair gold and predicted items as the scorer does.
 */

/** Compiled once each: the build turns a `\p{…}` regex literal into a `new RegExp(…)` run at every call. */
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}+]+/gu;

/** Shared words over the longer name's word count (over `a`'s with `ofFirst`), after folding case and punctuation. */
export function tokenOverlap(a: string, b: string, ofFirst = false): number {
  const words = (s: string) =>
    s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(NOT_WORD, ' ').trim().split(' ').filter(Boolean);
  const ta = words(a),
    tb = words(b);
  if (!ta.length || !tb.length) return 0;
  const bag = new Map<string, number>();
  for (const t of tb) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = bag.get(t);
    if (n) {
      common++;
      bag.set(t, n - 1);
    }
  }
  return common / (ofFirst ? ta.length : Math.max(ta.length, tb.length));
}
