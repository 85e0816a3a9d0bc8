/**
 * @module document-tree
 * The reader's body: the clause tree, each clause or paragraph an anchored block with its
 * printed label in the margin and a link icon, sentences inside. Text between nodes is shown
 * too, so nothing of the document is hidden. All text goes through `AnnotatedText`.
 */
import type { Child } from 'hono/jsx';
import type { TreeNode } from '../../model/node.ts';
import { anchorId } from '../../services/anchor-id.ts';
import { numberedId } from '../../services/node-anchors.ts';
import { AnnotatedText, type Mark } from './annotated-text.tsx';
import { StatementNotes, type StatementNote } from './statement-notes.tsx';

export interface DocumentTreeProps {
  readonly text: string;
  readonly tree: TreeNode;
  readonly marks?: readonly Mark[];
  /** Statements, shown beside the block where they start. */
  readonly notes?: readonly StatementNote[];
}

/** Rendering state: the marks and the ids already used (labels can repeat). */
interface Ctx {
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly notes: readonly StatementNote[];
  /** Blocks open around the one being rendered (a preamble does not count). */
  depth: number;
  readonly usedIds: Map<string, number>;
}

/** The document body. @example <DocumentTree text={doc.text} tree={tree} marks={marks} /> */
export function DocumentTree({ text, tree, marks = [], notes = [] }: DocumentTreeProps) {
  const ctx: Ctx = { text, marks, notes, depth: 0, usedIds: new Map() };
  return <div class={notes.length ? 'doc with-notes' : 'doc'}>{renderChildren(tree, tree.start, tree.end, ctx)}</div>;
}

/** Children of a node inside `[from, to)`, with the text between them. */
function renderChildren(node: TreeNode, from: number, to: number, ctx: Ctx): Child[] {
  const inline = node.children.every((c) => c.kind === 'sentence');
  const out: Child[] = [];
  let pos = from;
  for (const child of node.children) {
    if (child.end <= pos || child.start >= to) continue;
    if (child.start > pos) out.push(gap(pos, child.start, inline, ctx));
    out.push(renderNode(child, Math.max(child.start, pos), Math.min(child.end, to), ctx));
    pos = Math.min(child.end, to);
  }
  if (pos < to) out.push(gap(pos, to, inline, ctx));
  return out;
}

function renderNode(node: TreeNode, from: number, to: number, ctx: Ctx): Child {
  if (node.kind === 'sentence') return <span class="s">{leafOrChildren(node, from, to, ctx)}</span>;
  if (node.kind === 'heading')
    return (
      <h2 class="doc-heading" id={uniqueId(anchorId('heading', node.label), ctx)}>
        {leafOrChildren(node, from + markdownHeadingPrefix(ctx.text, from, to), to, ctx)}
      </h2>
    );
  if (node.kind === 'root') return <>{renderChildren(node, from, to, ctx)}</>;
  return block(node, from, to, ctx);
}

/** A clause, preamble, bullet or paragraph: margin label + link icon, then the body. */
function block(node: TreeNode, from: number, to: number, ctx: Ctx): Child {
  const id = uniqueId(anchorId(node.kind, node.kind === 'preamble' ? 'preamble' : node.label), ctx);
  // The printed marker goes to the margin, so the body starts after it.
  const bodyFrom = node.marker && node.marker.end > from && node.marker.end <= to ? node.marker.end : from;
  const shown = marginLabel(node);
  // Notes sit beside top-level blocks only (one column, no overlaps): a clause lists the
  // statements of its continuation paragraphs and sub-items too.
  const notes =
    node.kind !== 'preamble' && ctx.depth === 0 ? ctx.notes.filter((n) => n.start >= from && n.start < to) : [];
  const nested = node.kind !== 'preamble';
  if (nested) ctx.depth++;
  const body = leafOrChildren(node, bodyFrom, to, ctx);
  if (nested) ctx.depth--;
  return (
    <section class={`block ${node.kind}`} id={id}>
      <div class="margin">
        {shown ? (
          id ? (
            <a class="label" href={`#${id}`} title={`Link to ${node.kind} ${node.label ?? ''}`.trim()}>
              {shown}
            </a>
          ) : (
            <span class="label">{shown}</span>
          )
        ) : null}
        {id ? (
          <a
            class="copy-link"
            href={`#${id}`}
            data-copy-link=""
            aria-label="Copy link to this passage"
            title="Copy link"
          >
            ¶
          </a>
        ) : null}
      </div>
      <div class="body">{body}</div>
      <StatementNotes notes={notes} />
    </section>
  );
}

function leafOrChildren(node: TreeNode, from: number, to: number, ctx: Ctx): Child {
  if (!node.children.length) return <AnnotatedText text={ctx.text} start={from} end={to} marks={ctx.marks} />;
  return <>{renderChildren(node, from, to, ctx)}</>;
}

/** Text no node covers: kept inline between sentences, as a muted block between blocks (blank lines dropped). */
function gap(from: number, to: number, inline: boolean, ctx: Ctx): Child {
  if (inline) return <AnnotatedText text={ctx.text} start={from} end={to} marks={ctx.marks} />;
  if (!ctx.text.slice(from, to).trim()) return null;
  return (
    <div class="loose">
      <AnnotatedText text={ctx.text} start={from} end={to} marks={ctx.marks} />
    </div>
  );
}

/** What the margin shows: the printed marker ("1.", "(a)", "Article 5"), else the label. */
function marginLabel(node: TreeNode): string | undefined {
  if (node.kind === 'preamble') return undefined;
  if (node.kind === 'bullet' && !node.label) return '•';
  if (node.kind === 'paragraph') return undefined;
  // Markdown escapes and emphasis are source syntax, not the printed label: "1\\." and "**2.**" show as "1." and "2.".
  return (
    node.marker?.text
      .trim()
      .replace(/\\(?=[.)])/g, '')
      .replace(/\*\*|__/g, '') || node.label
  );
}

/** Length of a Markdown heading's "## " prefix, which the reader does not show (the text keeps it). */
function markdownHeadingPrefix(text: string, from: number, to: number): number {
  const m = /^#{1,6}[ \t]+/.exec(text.slice(from, Math.min(to, from + 8)));
  return m && from + m[0].length < to ? m[0].length : 0;
}

/** Makes repeated labels unique (`c-a`, `c-a-2`), keeping the first one plain for links from search. */
function uniqueId(id: string | undefined, ctx: Ctx): string | undefined {
  return id ? numberedId(id, ctx.usedIds) : undefined;
}
