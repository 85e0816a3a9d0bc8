/**
 * @module load-context
 * Loads the knowledge every step needs, once per process, from `data/`.
 */
import type { AnalysisContext } from './shared/context.ts';
import { sharedKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { withReviewedAliases, type ReviewedAlias } from '../knowledge/with-reviewed-aliases.ts';
import { loadLexicons } from './shared/load-lexicons.ts';

let cached: AnalysisContext | undefined;

/**
 * The analysis context, loaded on first use and then shared (it is read-only). With reviewed
 * aliases, a derived context whose knowledge base also holds them (not cached: it depends
 * on the store's decisions).
 */
export function loadContext(options: { reviewedAliases?: readonly ReviewedAlias[] } = {}): AnalysisContext {
  if (options.reviewedAliases?.length) {
    const base = loadContext();
    return Object.freeze({
      ...base,
      kb: withReviewedAliases(base.kb as ReturnType<typeof sharedKnowledgeBase>, options.reviewedAliases),
    });
  }
  if (cached) return cached;
  const context: Record<string, unknown> = {};
  const kb = sharedKnowledgeBase();
  context.kb = kb;
  context.lexicons = loadLexicons();
  cached = Object.freeze(context);
  return cached;
}
