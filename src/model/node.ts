/**
 * @module node
 * The document tree. Nodes are plain JSON objects with a literal `kind`; every node's
 * `[start, end)` slices the document text to the node's text (UTF-16 code units).
 */
import type { Span } from './span.ts';

export const NODE_KINDS = ['root', 'heading', 'preamble', 'clause', 'bullet', 'paragraph', 'sentence'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface TreeNode extends Span {
  readonly kind: NodeKind;
  /**
   * The printed label of a clause ("1", "IV", "a", "Article 5" → "5"), or the GUIDE's
   * paragraph label `p<N>` for unnumbered paragraphs, or "preamble". Absent for sentences.
   */
  readonly label?: string;
  /** For a clause: the exact printed marker ("1.", "1\\.", "(a)", "Article 5") and its span. */
  readonly marker?: { readonly text: string; readonly start: number; readonly end: number };
  /** For a clause: the notation ("decimal", "decimal-paren", "roman", "letter-paren", "article", "cjk", …). */
  readonly notation?: string;
  readonly children: readonly TreeNode[];
}

/** Walks a tree depth-first, parents before children, passing the ancestors. */
export function walkTree(
  node: TreeNode,
  visit: (node: TreeNode, ancestors: readonly TreeNode[]) => void | 'skip',
  ancestors: TreeNode[] = [],
): void {
  if (visit(node, ancestors) === 'skip') return;
  ancestors.push(node);
  for (const child of node.children) walkTree(child, visit, ancestors);
  ancestors.pop();
}

/** All nodes of a kind, in document order. */
export function nodesOfKind(root: TreeNode, kind: NodeKind): TreeNode[] {
  const out: TreeNode[] = [];
  walkTree(root, (n) => {
    if (n.kind === kind) out.push(n);
  });
  return out;
}
