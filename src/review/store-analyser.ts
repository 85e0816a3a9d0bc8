/**
 * @module store-analyser
 * The analyser for a store: the default pipeline, with the store's reviewed aliases in its
 * knowledge base, so that what reviewers decided improves later linking. `prepare()` (which
 * ingest awaits before each document) rebuilds it when new decisions have been recorded. Only
 * the mentions of entities that decisions touch are read (reviewed-entity-overlay.ts).
 */
import { createAnalyser, type Analyser } from '../analyse/analyser.ts';
import type { Store } from '../store/store.ts';
import { loadReviewedOverlay } from '../services/reviewed-entity-overlay.ts';
import { reviewedAliases } from '../services/reviewed-entities.ts';

/**
 * An analyser that follows the store's entity decisions. The knowledge base is loaded on the
 * first document, not here: a server that only reads starts without paying for it.
 */
export function createStoreAnalyser(store: Store): Analyser {
  let current: Analyser | undefined;
  let seen = 0;
  const analyser = () => {
    current ??= createAnalyser();
    return current;
  };
  return {
    analyse: (document, tree) => analyser().analyse(document, tree),
    workerRecipe: () => current?.workerRecipe?.() ?? { reviewedAliases: [] },
    prepare: async () => {
      const decisions = await store.listDecisions();
      if (decisions.length === seen) return;
      seen = decisions.length;
      current = createAnalyser({ reviewedAliases: reviewedAliases(await loadReviewedOverlay(store)) });
    },
  };
}
