/**
 * @module claims/scorer-match
 * How ../shared/eval/score.mjs pairs texts, for the diagnostics that explain its figures
 * (claim-misses, evidence-misses): the same folding, the same overlap (tokens in common over
 * the longer text, ≥ 0.5 to match) and the same greedy one-to-one matching, best pairs first.
 */

/** The scorer's folding: case, diacritics, dashes, quotes and punctuation. */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, ' ')
    .replace(/[“”„«»"'‘’`´]/g, '')
    .replace(/[^\p{L}\p{N}+ ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const tokens = (s: string): string[] => fold(s).split(' ').filter(Boolean);

/** Tokens in common (each counted as often as both have it) over the longer text's length. */
export function overlap(a: string, b: string): number {
  const [ta, tb] = [tokens(a), tokens(b)];
  if (!ta.length || !tb.length) return 0;
  const left = new Map<string, number>();
  for (const t of tb) left.set(t, (left.get(t) ?? 0) + 1);
  const common = ta.filter((t) => {
    const n = left.get(t) ?? 0;
    left.set(t, n - 1);
    return n > 0;
  }).length;
  return common / Math.max(ta.length, tb.length);
}

/** The shorter text's share of tokens found in the longer: one span holding most of the other. */
export function containment(a: string, b: string): number {
  const [ta, tb] = [tokens(a), tokens(b)];
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (!short.length) return 0;
  const inLong = new Set(long);
  return short.filter((t) => inLong.has(t)).length / short.length;
}

/** The scorer's pairs of gold and predicted rows by text, as index pairs [gold, predicted]. */
export function matchByText(gold: readonly { text: string }[], pred: readonly { text: string }[]): [number, number][] {
  const cand: [number, number, number][] = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      const s = overlap(g.text, p.text);
      if (s >= 0.5) cand.push([s, i, j]);
    });
  });
  cand.sort((a, b) => b[0] - a[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of cand) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}
