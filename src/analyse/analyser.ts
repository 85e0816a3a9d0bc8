/**
 * @module analyser
 * The default pipeline with its context: what ingest calls for every document.
 */
import type { Document } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import { DEFAULT_STEPS } from './default-pipeline.ts';
import { loadContext } from './load-context.ts';
import type { ReviewedAlias } from '../knowledge/with-reviewed-aliases.ts';
import type { Analysis } from '../model/analysis.ts';
import { createPipeline } from './pipeline.ts';

export interface Analyser {
  analyse(document: Document, tree: TreeNode): Analysis;
  /** Brings the analyser's knowledge up to date (e.g. reviewers' aliases); ingest awaits it before each document. */
  prepare?(): Promise<void>;
  /** How a worker thread builds the same analyser; absent for analysers that only run here (test doubles). */
  workerRecipe?(): AnalyserRecipe;
}

/** What a worker thread needs to rebuild the default analyser: plain data, cloneable. */
export interface AnalyserRecipe {
  readonly reviewedAliases: readonly ReviewedAlias[];
}

/** Builds the default analyser (loads knowledge once); reviewed aliases extend the knowledge base. */
export function createAnalyser(options: { reviewedAliases?: readonly ReviewedAlias[] } = {}): Analyser {
  const pipeline = createPipeline(DEFAULT_STEPS);
  const context = loadContext(options);
  const recipe = { reviewedAliases: options.reviewedAliases ?? [] };
  return { analyse: (document, tree) => pipeline.run(document, tree, context), workerRecipe: () => recipe };
}
