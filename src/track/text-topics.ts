/**
 * @module text-topics
 * A topic pair many promises of one text share ("supply chains" in a communiqué with a dozen
 * promises on them, "human rights") is that text's theme: it does not tell one of its promises
 * from another, so a later passage naming it does not report on any one of them. Counted in
 * the promise's own text only, so that what a promise is matched by depends on that text alone,
 * never on what else the store holds or the order documents arrived in.
 */
/** Promises of one text sharing a pair from which it is that text's theme. */
export const THEME_SHARE = 4;

/** The promises with the pairs they share with `THEME_SHARE` or more promises of the text left out. */
export function withoutThemes<T extends { readonly topics: readonly string[] }>(promises: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const c of promises) for (const t of new Set(c.topics)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return promises.map((c) => ({ ...c, topics: c.topics.filter((t) => (counts.get(t) ?? 0) < THEME_SHARE) }));
}
