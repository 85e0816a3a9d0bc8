/**
 * @module node-anchors
 * The reader's fragment id of the block that holds an offset, so that entity mentions and
 * statements link to the exact clause. Ids are computed the way the reader assigns them:
 * in document order, repeated labels numbered (`c-a`, `c-a-2`).
 */
import type { TreeNode } from '../model/node.ts';
import { anchorId } from './anchor-id.ts';

/** The node kinds the reader renders as anchored blocks. */
const ANCHORED = new Set(['heading', 'preamble', 'clause', 'bullet', 'paragraph']);

export interface NodeAnchor {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  /** Nesting depth (deeper wins when several blocks hold an offset). */
  readonly depth: number;
}

/**
 * The id to give the next block whose anchor is `base`: the base itself the first time, then
 * `base-2`, `base-3`… (labels can repeat). Records the use in `used`.
 * @example numberedId('c-a', used) === 'c-a'; numberedId('c-a', used) === 'c-a-2'
 */
export function numberedId(base: string, used: Map<string, number>): string {
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen ? `${base}-${seen + 1}` : base;
}

/** Every anchored block with its reader id, in document order. Pure. */
export function nodeAnchors(tree: TreeNode): NodeAnchor[] {
  const used = new Map<string, number>();
  const out: NodeAnchor[] = [];
  const visit = (node: TreeNode, depth: number) => {
    if (ANCHORED.has(node.kind)) {
      const base = anchorId(node.kind, node.kind === 'preamble' ? 'preamble' : node.label);
      if (base) out.push({ start: node.start, end: node.end, id: numberedId(base, used), depth });
    }
    for (const child of node.children) visit(child, depth + 1);
  };
  visit(tree, 0);
  return out;
}

/**
 * The id of the innermost anchored block that contains `offset`, if any.
 * @example anchorAt(nodeAnchors(tree), 120) === 'c-3'
 */
export function anchorAt(anchors: readonly NodeAnchor[], offset: number): string | undefined {
  let best: NodeAnchor | undefined;
  for (const a of anchors) if (a.start <= offset && offset < a.end && (!best || a.depth > best.depth)) best = a;
  return best?.id;
}
