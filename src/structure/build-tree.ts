/**
 * @module build-tree
 * Turns a document text into its tree: root → title headings, preamble, numbered clauses
 * (with nested sub-clauses, bullets and continuation paragraphs), headings and paragraphs →
 * sentences. Every node's `[start, end)` slices the text to the node's trimmed text, in
 * UTF-16 code units. Linear in the text length and deterministic.
 */
import type { SourceFormat } from '../model/document.ts';
import type { NodeKind, TreeNode } from '../model/node.ts';
import { classifyBlocks, type Block } from './classify-blocks.ts';
import { isClosingLine } from './closing-line.ts';
import { splitBlocks } from './split-blocks.ts';
import { splitSentences } from './split-sentences.ts';
import { structureLexicon, type StructureLexicon } from './structure-lexicon.ts';
import { textLines } from './text-lines.ts';

export interface BuildTreeOptions {
  /** The format the text was read from; Markdown joins soft-wrapped lines. */
  readonly format?: SourceFormat;
}

/** A node while the tree is being built (mutable until frozen). */
interface Draft {
  kind: NodeKind;
  start: number;
  end: number;
  label?: string;
  marker?: { text: string; start: number; end: number };
  notation?: string;
  children: Draft[];
}

/** Sub-clause notations: labelled items inside a clause rather than clauses of their own. */
export const SUB_ITEM_NOTATIONS: ReadonlySet<string> = new Set([
  'letter-paren',
  'roman-lower-paren',
  'letter',
  'roman-lower',
  'paren-decimal',
  'decimal-paren',
  'cjk-paren',
  'letter-upper',
]);

/**
 * The document tree of `text`.
 * @example buildTree('1. The Parties agreed.\n\n2. They met.').children.map((n) => n.label) // ['1', '2']
 */
export function buildTree(text: string, options: BuildTreeOptions = {}): TreeNode {
  const lexicon = structureLexicon();
  const blocks = classifyBlocks(text, splitBlocks(text, textLines(text), options.format, lexicon));
  const root: Draft = { kind: 'root', start: 0, end: text.length, children: [] };
  assemble(text, blocks, root, lexicon);
  return freeze(root);
}

/**
 * Places each block: clauses nest by notation, unnumbered text continues the open clause, text
 * before the first clause forms the preamble.
 */
function assemble(text: string, blocks: readonly Block[], root: Draft, lexicon: StructureLexicon): void {
  const hasClauses = blocks.some((b) => b.role === 'clause');
  const open: Draft[] = [];
  /** Notations seen on top-level clauses: a later clause of one of them is top-level too. */
  const topNotations = new Set<string>();
  let previous: Draft | undefined;
  let preamble: Draft | undefined;
  let seenClause = false;
  const outside = (): Draft => {
    if (!hasClauses || seenClause) return root;
    if (!preamble) {
      preamble = { kind: 'preamble', start: 0, end: 0, label: 'preamble', children: [] };
      root.children.push(preamble);
    }
    return preamble;
  };
  for (const block of blocks) {
    switch (block.role) {
      case 'title':
        previous = blockDraft(text, block, 'heading', 'title', lexicon);
        root.children.push(previous);
        break;
      case 'clause': {
        const sibling = open.findIndex((d) => d.notation === block.notation);
        if (sibling >= 0) open.length = sibling;
        // "II." after a closing paragraph or a heading is a section again, not a sub-clause of "3.".
        else if (block.notation && topNotations.has(block.notation) && !SUB_ITEM_NOTATIONS.has(block.notation))
          open.length = 0;
        const clause = blockDraft(text, block, 'clause', block.label, lexicon);
        if (!open.length && block.notation) topNotations.add(block.notation);
        (open.at(-1) ?? root).children.push(clause);
        open.push(clause);
        seenClause = true;
        previous = clause;
        break;
      }
      case 'heading': {
        const heading = blockDraft(text, block, 'heading', `p${block.paragraph}`, lexicon);
        // "Article 5" alone on its line, then its title ("Transport"): the title belongs to the article.
        if (previous && previous === open.at(-1) && isBare(previous)) previous.children.push(heading);
        else {
          // A heading between clauses starts a new section: nothing after it continues a clause.
          open.length = 0;
          outside().children.push(heading);
        }
        previous = heading;
        break;
      }
      case 'bullet':
      case 'paragraph':
        if (
          open.length &&
          block.role === 'paragraph' &&
          isClosingLine(text, block.start, block.end, block.lineCount, lexicon)
        )
          open.length = 0;
        previous = blockDraft(text, block, block.role, `p${block.paragraph}`, lexicon);
        (open.at(-1) ?? outside()).children.push(previous);
        break;
    }
  }
  settleSpans(root);
}

/** A clause that is only its marker so far ("Article 5" on a line of its own). */
function isBare(draft: Draft): boolean {
  return draft.kind === 'clause' && draft.children.length === 0;
}

function blockDraft(
  text: string,
  block: Block,
  kind: NodeKind,
  label: string | undefined,
  lexicon: StructureLexicon,
): Draft {
  const draft: Draft = { kind, start: block.start, end: block.end, children: [] };
  if (label !== undefined) draft.label = label;
  if (block.marker && (kind === 'clause' || kind === 'bullet')) draft.marker = { ...block.marker };
  if (block.notation && kind === 'clause') draft.notation = block.notation;
  for (const span of splitSentences(text, block.bodyStart, block.end, lexicon.abbreviations)) {
    draft.children.push({ kind: 'sentence', start: span.start, end: span.end, children: [] });
  }
  return draft;
}

/**
 * Containers span their children: a clause ends where its last continuation ends; the preamble
 * starts at its first paragraph.
 */
function settleSpans(node: Draft): void {
  for (const child of node.children) settleSpans(child);
  if (node.kind === 'root' || !node.children.length) return;
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (node.kind === 'preamble') {
    node.start = first.start;
    node.end = last.end;
  } else {
    node.start = Math.min(node.start, first.start);
    node.end = Math.max(node.end, last.end);
  }
}

function freeze(draft: Draft): TreeNode {
  const children = Object.freeze(draft.children.map(freeze));
  const node: { -readonly [K in keyof TreeNode]: TreeNode[K] } = {
    kind: draft.kind,
    start: draft.start,
    end: draft.end,
    children,
  };
  if (draft.label !== undefined) node.label = draft.label;
  if (draft.marker) node.marker = Object.freeze(draft.marker);
  if (draft.notation) node.notation = draft.notation;
  return Object.freeze(node as TreeNode);
}
