/**
 * @module anchor-id
 * The fragment ids of the reader (`#c-23`, `#p-4`, `#c-preamble`), shared by the reader
 * and every page that links into it (search hits, later: statements and entities).
 */

/**
 * The anchor of a tree node by kind and label; undefined when the node has none.
 * @example anchorId('clause', '23') === 'c-23'; anchorId('paragraph', 'p4') === 'p-4'
 */
export function anchorId(kind: string, label: string | null | undefined): string | undefined {
  if (!label) return undefined;
  const paragraph = /^p(\d+)$/.exec(label);
  if (paragraph && (kind === 'paragraph' || kind === 'heading')) return `p-${paragraph[1]}`;
  return `c-${slug(label)}`;
}

/**
 * The reader URL of a document, with an anchor when given.
 * @example readerHref('d_1', 'c-3') === '/documents/d_1#c-3'
 */
export function readerHref(documentId: string, anchor?: string): string {
  return `/documents/${encodeURIComponent(documentId)}${anchor ? `#${anchor}` : ''}`;
}

/** Labels as printed ("IV", "3.1", "Article 5") made safe for an id. */
function slug(label: string): string {
  return label.trim().replace(/[^\w.-]+/g, '-');
}
