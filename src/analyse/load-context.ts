/**
 * @module load-context
 * Loads the knowledge every step needs, once per process, from `data/`.
 */
import type { AnalysisContext } from './context.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { buildKbView } from './meeting/kb-view.ts';
import { loadLexicons } from './statements/load-lexicons.ts';

let cached: AnalysisContext | undefined;

/** The analysis context, loaded on first use and then shared (it is read-only). */
export function loadContext(): AnalysisContext {
  if (cached) return cached;
  const context: Record<string, unknown> = {};
  const kb = loadKnowledgeBase();
  context.kb = kb;
  context.lexicons = loadLexicons(undefined, buildKbView(kb.records()));
  cached = Object.freeze(context);
  return cached;
}
