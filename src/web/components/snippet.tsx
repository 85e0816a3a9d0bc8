/**
 * @module snippet
 * A search snippet: the store wraps matches in U+0002 … U+0003. The text pieces stay JSX
 * string children (escaped); only the markers become <mark> elements.
 */

/** Splits a snippet into plain and matched pieces. Unbalanced markers are dropped. Pure. @example snippetParts('a \u0002b\u0003') */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let match = false;
  for (const piece of snippet.split(/([\u0002\u0003])/)) {
    if (piece === '\u0002') match = true;
    else if (piece === '\u0003') match = false;
    else if (piece) parts.push({ text: piece, match });
  }
  return parts;
}

/** Renders a snippet with highlighted matches. @example <Snippet text={hit.snippet} /> */
export function Snippet({ text }: { text: string }) {
  return <>{snippetParts(text).map((p) => (p.match ? <mark>{p.text}</mark> : p.text))}</>;
}
