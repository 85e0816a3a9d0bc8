/**
 * @module annotated-text
 * Renders a stretch of document text with marks (entity mentions, statements, search hits)
 * that may nest or overlap. The text is cut at every mark boundary and the pieces are built
 * into a tree of elements, so overlapping marks close and reopen instead of producing broken
 * markup. Text is always a JSX string child, so it is escaped: document text never becomes markup.
 */
import type { Child } from 'hono/jsx';

/** A mark over `[start, end)` of the document text (document offsets, UTF-16 code units). */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** CSS classes, e.g. `ent ent-country`. */
  readonly className: string;
  readonly title?: string;
  /** Makes the mark a link. */
  readonly href?: string;
  /** `data-*` attributes (keys are lower-cased; unsafe characters dropped). */
  readonly data?: Readonly<Record<string, string>>;
}

export interface AnnotatedTextProps {
  /** The whole document text. */
  readonly text: string;
  /** The stretch to render: `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly marks?: readonly Mark[];
}

/** A piece of the rendered tree: plain text or an open mark with its children. */
interface MarkNode {
  readonly mark: Mark | null;
  readonly children: (string | MarkNode)[];
}

/**
 * Text with marks. Marks outside `[start, end)` are ignored; marks crossing it are clipped.
 * @example <AnnotatedText text={doc.text} start={0} end={40} marks={[{ start: 4, end: 9, className: 'ent' }]} />
 */
export function AnnotatedText({ text, start, end, marks = [] }: AnnotatedTextProps) {
  const root = buildMarkTree(text, start, end, marks);
  return <>{root.children.map(renderNode)}</>;
}

/**
 * Builds the element tree: segments between boundaries, each under the stack of marks that
 * cover it, outer marks first (earlier start, then longer). Pure, for tests.
 */
export function buildMarkTree(text: string, start: number, end: number, marks: readonly Mark[]): MarkNode {
  const inside = marks
    .map((mark, index) => ({ mark, index, start: Math.max(mark.start, start), end: Math.min(mark.end, end) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const cuts = [...new Set([start, end, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const root: MarkNode = { mark: null, children: [] };
  const stack: { node: MarkNode; item: (typeof inside)[number] | null }[] = [{ node: root, item: null }];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const active = inside.filter((m) => m.start <= a && m.end >= b);
    let keep = 1;
    while (keep < stack.length && stack[keep].item === active[keep - 1]) keep++;
    stack.length = keep;
    for (const item of active.slice(keep - 1)) {
      const node: MarkNode = { mark: item.mark, children: [] };
      stack[stack.length - 1].node.children.push(node);
      stack.push({ node, item });
    }
    stack[stack.length - 1].node.children.push(text.slice(a, b));
  }
  return root;
}

function renderNode(node: string | MarkNode): Child {
  if (typeof node === 'string') return node;
  const mark = node.mark!;
  const attributes = { class: mark.className, title: mark.title, ...dataAttributes(mark.data) };
  const children = node.children.map(renderNode);
  return mark.href ? (
    <a href={mark.href} {...attributes}>
      {children}
    </a>
  ) : (
    <span {...attributes}>{children}</span>
  );
}

/** `{ entityId: 'x' }` → `{ 'data-entityid': 'x' }`; keys that are not plain words are dropped. */
function dataAttributes(data: Readonly<Record<string, string>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    const name = key.toLowerCase();
    if (/^[a-z][a-z0-9-]*$/.test(name)) out[`data-${name}`] = value;
  }
  return out;
}
