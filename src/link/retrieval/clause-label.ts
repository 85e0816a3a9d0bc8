/**
 * @module clause-label
 * The GUIDE's clause label of a passage from its place in the tree: the outermost numbered
 * clause around it, else `preamble` inside the preamble, else its paragraph's `p<N>`.
 */
import type { TreeNode } from '../../model/node.ts';

/** The label for a node given its ancestors (root first). @example clauseLabel(sentence, [root, clause]) */
export function clauseLabel(node: TreeNode, ancestors: readonly TreeNode[]): string | null {
  const chain = [...ancestors, node];
  const clause = chain.find((n) => n.kind === 'clause' && n.label);
  if (clause) return clause.label!;
  if (chain.some((n) => n.kind === 'preamble')) return 'preamble';
  for (let i = chain.length - 1; i >= 0; i--) if (chain[i].label) return chain[i].label!;
  return null;
}
