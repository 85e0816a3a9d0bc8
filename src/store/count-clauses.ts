/**
 * @module count-clauses
 * How many clauses a tree has (numbered clauses; for an unnumbered text, its paragraphs), the
 * number the CLI and list views show.
 */
import { nodesOfKind, type TreeNode } from '../model/node.ts';

/** Numbered clauses when the text has any, else paragraphs. @example countClauses(tree) === 23 */
export function countClauses(tree: TreeNode): number {
  const clauses = nodesOfKind(tree, 'clause').length;
  return clauses || nodesOfKind(tree, 'paragraph').length;
}
