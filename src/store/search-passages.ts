/**
 * @module search-passages
 * Cuts a document into the passages the full-text index holds. Block nodes (headings,
 * preambles, clauses, bullets, paragraphs) are indexed, but each only with the text that its
 * nested blocks do not cover: a clause with sub-clauses contributes its lead-in, each sub-clause
 * its own text. So no word is indexed twice (sentences are never indexed: their paragraph
 * holds them), and text outside any block — a document made only of sentences — is still
 * found through the root.
 */
import type { TreeNode } from '../model/node.ts';
import type { FlatNode } from './flatten-tree.ts';
import { spaceCjk } from './cjk-spacing.ts';

/** The kinds whose text is indexed. */
export const BLOCK_KINDS: ReadonlySet<string> = new Set(['heading', 'preamble', 'clause', 'bullet', 'paragraph']);

/** A searchable stretch of text, with the node it belongs to. */
export interface Passage {
  readonly nodeIdx: number;
  readonly kind: string;
  readonly label: string | null;
  readonly start: number;
  readonly end: number;
  readonly body: string;
}

/**
 * Passages of a document, in document order.
 * @example searchPassages(doc.text, flattenTree(tree))
 */
export function searchPassages(text: string, flat: readonly FlatNode[]): Passage[] {
  const out: Passage[] = [];
  for (const { node, idx } of flat) {
    if (idx !== 0 && !BLOCK_KINDS.has(node.kind)) continue;
    const covered = nearestBlocks(node).map((b) => [b.start, b.end] as const);
    for (const [start, end] of uncovered(node.start, node.end, covered)) {
      const span = trimSpan(text, start, end);
      if (!span) continue;
      out.push({
        nodeIdx: idx,
        kind: node.kind,
        label: node.label ?? null,
        start: span[0],
        end: span[1],
        body: spaceCjk(text.slice(span[0], span[1])),
      });
    }
  }
  return out;
}

/** The block nodes below `node` that no other block below it contains. */
function nearestBlocks(node: TreeNode): TreeNode[] {
  const out: TreeNode[] = [];
  for (const child of node.children) {
    if (BLOCK_KINDS.has(child.kind)) out.push(child);
    else out.push(...nearestBlocks(child));
  }
  return out;
}

/** The parts of `[start, end)` outside the covered spans. */
function uncovered(start: number, end: number, covered: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  for (const [s, e] of [...covered].sort((a, b) => a[0] - b[0])) {
    if (s > at) out.push([at, Math.min(s, end)]);
    at = Math.max(at, e);
  }
  if (at < end) out.push([at, end]);
  return out;
}

/** Trims white space off a span; undefined when nothing worth searching (no letter or digit) is left. */
function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  const body = text.slice(start, end);
  if (!/[\p{L}\p{N}]/u.test(body)) return undefined;
  const lead = body.length - body.trimStart().length;
  const trail = body.length - body.trimEnd().length;
  return [start + lead, end - trail];
}
