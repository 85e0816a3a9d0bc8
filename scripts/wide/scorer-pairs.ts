/**
 * @module wide/scorer-pairs
 * Gold and predicted items paired as ../shared/eval/score.mjs pairs them: greedy and one-to-one, best score first,
 * only pairs whose score reaches the threshold. For scripts that list what a figure's misses are.
 */

/** The pairs `[gold, predicted]`. @example scorerPairs(gold.statements, pred.statements, (g, p) => overlap(…)) */
export function scorerPairs<G, P>(
  golds: readonly G[],
  preds: readonly P[],
  score: (g: G, p: P) => number,
  threshold = 0.5,
): [G, P][] {
  const candidates: [number, number, number][] = [];
  golds.forEach((g, i) => {
    preds.forEach((p, j) => {
      const s = score(g, p);
      if (s >= threshold) candidates.push([s, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const pairs: [G, P][] = [];
  for (const [, i, j] of candidates) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    pairs.push([golds[i], preds[j]]);
  }
  return pairs;
}
