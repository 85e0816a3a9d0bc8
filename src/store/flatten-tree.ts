/**
 * @module flatten-tree
 * Flattens a document tree into rows (pre-order), keeping a pointer from each row to its node
 * so other row builders can refer to the same index.
 */
import type { TreeNode } from '../model/node.ts';

/** One tree node with its position in the pre-order walk. */
export interface FlatNode {
  readonly node: TreeNode;
  readonly idx: number;
  readonly parentIdx: number | null;
  readonly depth: number;
}

/**
 * Lists every node, parents before children, numbering them from 0 (the root).
 * @example flattenTree(root)[0].node === root
 */
export function flattenTree(root: TreeNode): FlatNode[] {
  const out: FlatNode[] = [];
  // An explicit stack: deep trees must not overflow the call stack.
  const stack: { node: TreeNode; parentIdx: number | null; depth: number }[] = [
    { node: root, parentIdx: null, depth: 0 },
  ];
  while (stack.length) {
    const { node, parentIdx, depth } = stack.pop()!;
    const idx = out.length;
    out.push({ node, idx, parentIdx, depth });
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i], parentIdx: idx, depth: depth + 1 });
  }
  return out;
}
