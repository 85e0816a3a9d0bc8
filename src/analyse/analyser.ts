/**
 * @module analyser
 * The default pipeline with its context: what ingest calls for every document.
 */
import type { Document } from '../model/document.ts';
import type { TreeNode } from '../model/node.ts';
import { DEFAULT_STEPS } from './default-pipeline.ts';
import { loadContext } from './load-context.ts';
import { createPipeline, type Analysis } from './pipeline.ts';

export interface Analyser {
  analyse(document: Document, tree: TreeNode): Analysis;
}

/** Builds the default analyser (loads knowledge once). */
export function createAnalyser(): Analyser {
  const pipeline = createPipeline(DEFAULT_STEPS);
  const context = loadContext();
  return { analyse: (document, tree) => pipeline.run(document, tree, context) };
}
