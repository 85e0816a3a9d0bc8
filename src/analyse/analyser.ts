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
}

/** Builds the default analyser (loads knowledge once); reviewed aliases extend the knowledge base. */
export function createAnalyser(options: { reviewedAliases?: readonly ReviewedAlias[] } = {}): Analyser {
  const pipeline = createPipeline(DEFAULT_STEPS);
  const context = loadContext(options);
  return { analyse: (document, tree) => pipeline.run(document, tree, context) };
}
