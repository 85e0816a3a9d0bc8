/**
 * @module find-node
 * Finds nodes by offset and gives the GUIDE's clause label for a position: the enclosing
 * numbered clause's label ("3" for an "(a)" item or a bullet inside clause 3), "preamble"
 * before the first numbered clause, or the paragraph label `p<N>` in a text without numbers.
 */
import type { TreeNode } from '../model/node.ts';
import { SUB_ITEM_NOTATIONS } from './build-tree.ts';

/** Clause notations that name the clause a statement belongs to even when numbered paragraphs nest inside. */
const ARTICLE_NOTATIONS: ReadonlySet<string> = new Set(['article', 'section']);

/**
 * The deepest node whose span contains `offset`, with its ancestors (root first).
 * @example nodeAt(tree, 120)?.kind === 'sentence'
 */
export function nodeAt(tree: TreeNode, offset: number): TreeNode | undefined {
  const path = pathAt(tree, offset);
  return path.at(-1);
}

/** The nodes from the root down to the deepest one containing `offset` (empty when outside the root). */
export function pathAt(tree: TreeNode, offset: number): TreeNode[] {
  if (offset < tree.start || offset >= tree.end) return [];
  const path: TreeNode[] = [tree];
  for (let node = tree; ; ) {
    const child = childAt(node.children, offset);
    if (!child) return path;
    path.push(child);
    node = child;
  }
}

/**
 * The clause label of a statement starting at `offset`.
 * @example clauseLabelAt(buildTree('Intro.\n\n1. A.\n\n(a) B.'), 15) === '1'
 */
export function clauseLabelAt(tree: TreeNode, offset: number): string {
  let path = pathAt(tree, offset);
  // Between blocks (white space): take the block that follows.
  if (path.length <= 1) path = pathAt(tree, nextBlockStart(tree, offset));
  const clauses = path.filter((n) => n.kind === 'clause');
  if (clauses.length) return clauseLabel(clauses);
  // Clauses only open at the top level, so the first top-level clause is the first clause.
  const firstClause = tree.children.find((n) => n.kind === 'clause');
  if (firstClause && offset < firstClause.start) return 'preamble';
  const block = [...path].reverse().find((n) => n.label !== undefined && n.kind !== 'root');
  return block?.label ?? 'preamble';
}

/** Article > deepest main clause > outermost clause. */
function clauseLabel(clauses: readonly TreeNode[]): string {
  const article = clauses.find((c) => c.notation && ARTICLE_NOTATIONS.has(c.notation));
  if (article) return article.label ?? '';
  const main = [...clauses].reverse().find((c) => !c.notation || !SUB_ITEM_NOTATIONS.has(c.notation));
  return (main ?? clauses[0]).label ?? '';
}

/** Binary search over ordered, non-overlapping children. */
function childAt(children: readonly TreeNode[], offset: number): TreeNode | undefined {
  let lo = 0;
  let hi = children.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = children[mid];
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

function nextBlockStart(tree: TreeNode, offset: number): number {
  const next = tree.children.find((c) => c.start > offset);
  return next ? next.start : offset;
}
