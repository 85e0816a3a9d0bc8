/**
 * @module primary-units
 * The passages of a primary document that claims are checked against: one per sentence, with
 * the clause label it belongs to and its facts.
 */
import type { Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import { walkTree, type TreeNode } from '../../model/node.ts';
import { clauseLabelAt } from '../../structure/find-node.ts';
import type { RetrievalUnit } from './retrieval-unit.ts';
import { spanFacts } from './unit-facts.ts';

/** Leaf blocks hold text themselves when the builder gave them no sentences. */
const BLOCKS = new Set(['preamble', 'clause', 'paragraph', 'bullet']);

/**
 * The retrieval units of one primary document.
 * @example primaryUnits({ document, tree }, layers, 'event:cca-fm6-2025').map((u) => u.clause)
 */
export function primaryUnits(
  stored: { document: Document; tree: TreeNode },
  layers: Layers,
  meetingId: string | null,
): RetrievalUnit[] {
  const { document, tree } = stored;
  const name = document.meta.fileName ?? document.id;
  const out: RetrievalUnit[] = [];
  walkTree(tree, (node) => {
    const leafBlock = BLOCKS.has(node.kind) && !node.children.length;
    if (node.kind !== 'sentence' && !leafBlock) return;
    const text = document.text.slice(node.start, node.end);
    if (!text.trim()) return 'skip';
    out.push({
      id: `${document.id}:${node.start}`,
      documentId: document.id,
      document: name,
      // The label the statements carry (GUIDE: a title before the first clause is preamble).
      clause: clauseLabelAt(tree, node.start),
      meetingId,
      start: node.start,
      end: node.end,
      text,
      facts: spanFacts(document.text, layers, node),
    });
    return 'skip';
  });
  return out;
}
