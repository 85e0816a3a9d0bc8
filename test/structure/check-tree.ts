/**
 * @module check-tree
 * Test helper: asserts the tree invariants every built tree must keep (trimmed non-empty
 * spans, children inside parents and in order) and gives short views of a tree.
 */
import assert from 'node:assert/strict';
import type { NodeKind, TreeNode } from '../../src/model/node.ts';
import { walkTree } from '../../src/model/node.ts';

/** Asserts every non-root node slices to trimmed, non-empty text and children nest in order. */
export function assertTreeInvariants(text: string, tree: TreeNode, name = ''): void {
  assert.equal(tree.kind, 'root');
  assert.equal(tree.start, 0);
  assert.equal(tree.end, text.length);
  walkTree(tree, (node) => {
    if (node.kind !== 'root') {
      const slice = text.slice(node.start, node.end);
      assert.ok(slice.length > 0, `${name}: empty ${node.kind} at ${node.start}`);
      assert.equal(
        slice,
        slice.trim(),
        `${name}: ${node.kind} at ${node.start} is not trimmed: ${JSON.stringify(slice.slice(0, 40))}`,
      );
    }
    let previousEnd = node.start;
    for (const child of node.children) {
      assert.ok(
        child.start >= previousEnd,
        `${name}: ${child.kind} at ${child.start} overlaps or precedes its sibling/parent start ${previousEnd}`,
      );
      assert.ok(
        child.end <= node.end,
        `${name}: ${child.kind} [${child.start}, ${child.end}) outside its ${node.kind} [${node.start}, ${node.end})`,
      );
      assert.ok(child.end > child.start);
      previousEnd = child.end;
    }
    if (node.kind === 'sentence') assert.equal(node.children.length, 0);
  });
}

/** The top-level blocks as `kind:label`. */
export function outline(tree: TreeNode): string[] {
  return tree.children.map((n) => `${n.kind}:${n.label ?? ''}`);
}

/** The texts of all nodes of a kind, in order. */
export function textsOf(text: string, tree: TreeNode, kind: NodeKind): string[] {
  const out: string[] = [];
  walkTree(tree, (n) => {
    if (n.kind === kind) out.push(text.slice(n.start, n.end));
  });
  return out;
}
