/**
 * @module snippet
 * A search snippet with its matches in `<mark>`, from the plain snippet and the marked ranges
 * the search service gives. JSX escapes every piece of document text.
 */
import type { SnippetMark } from '../../services/search.ts';

/** The snippet cut into runs, each a match or not. Pure. */
export function snippetParts(text: string, marks: readonly SnippetMark[]): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at || end > text.length) continue; // overlapping or out of range: ignored
    if (start > at) parts.push({ text: text.slice(at, start), match: false });
    parts.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** @example <Snippet text={hit.snippet} marks={hit.marks} /> */
export function Snippet({ text, marks }: { text: string; marks: readonly SnippetMark[] }) {
  return <>{snippetParts(text, marks).map((p) => (p.match ? <mark>{p.text}</mark> : p.text))}</>;
}
