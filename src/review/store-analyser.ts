/**
 * @module store-analyser
 * The analyser for a store: the default pipeline, with the store's reviewed aliases in its
 * knowledge base, so that what reviewers decided improves later linking. `prepare()` (which
 * ingest awaits before each document) rebuilds it when new decisions have been recorded. Only
 * the mentions of entities that decisions touch are read (reviewed-entity-overlay.ts).
 */
import type { Analyser } from '../analyse/analyser.ts';
import type { Store } from '../store/store.ts';

/**
 * An analyser that follows the store's entity decisions. Neither the pipeline's code nor the
 * knowledge base is loaded here: `prepare()` loads them before the first document, so a server
 * that only reads starts (and answers its first page) without paying for them. `analyse` before
 * any `prepare()` is a mistake of the caller's, and says so.
 */
export function createStoreAnalyser(store: Store): Analyser {
  let current: Analyser | undefined;
  let seen = -1;
  return {
    analyse: (document, tree) => {
      if (!current) throw new Error('The store analyser analyses after `await analyser.prepare()`');
      return current.analyse(document, tree);
    },
    workerRecipe: () => current?.workerRecipe?.() ?? { reviewedAliases: [] },
    prepare: async () => {
      const decisions = await store.listDecisions();
      if (decisions.length === seen) return;
      const { createAnalyser } = await import('../analyse/analyser.ts');
      if (!decisions.length) current = createAnalyser();
      else {
        const { loadReviewedOverlay } = await import('../services/reviewed-entity-overlay.ts');
        const { reviewedAliases } = await import('../services/reviewed-entities.ts');
        current = createAnalyser({ reviewedAliases: reviewedAliases(await loadReviewedOverlay(store)) });
      }
      seen = decisions.length;
    },
  };
}
