/**
 * @module sentence-spans
 * The sentence spans of a document: the tree's sentence nodes, or, when the tree has none (a
 * builder that stops at paragraphs), a plain split at sentence ends and line breaks.
 */
import type { Span } from '../../model/span.ts';

/** Sentences from tree nodes, or split from the text. @example sentenceSpans('A b. C d.', []).length === 2 */
export function sentenceSpans(text: string, nodes: readonly Span[]): Span[] {
  if (nodes.length) return nodes.map((n) => ({ start: n.start, end: n.end }));
  const out: Span[] = [];
  const re = /[^\s][^\n]*?(?:[.!?](?=["”’)]?\s)["”’)]?|(?=\n)|$)/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
