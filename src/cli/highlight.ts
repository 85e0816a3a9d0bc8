/**
 * @module highlight
 * Shows a snippet's marked matches: bold yellow on a terminal, plain elsewhere so piped output
 * is plain text.
 */
import type { SnippetMark } from '../services/search.ts';

const BOLD_YELLOW = '\u001b[1;33m';
const RESET = '\u001b[0m';

/**
 * The snippet with its marks emphasised (terminal) or as it is.
 * @example highlight('a b', [{ start: 2, end: 3 }], false) === 'a b'
 */
export function highlight(snippet: string, marks: readonly SnippetMark[], terminal: boolean): string {
  if (!terminal) return snippet;
  let out = '';
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at) continue;
    out += `${snippet.slice(at, start)}${BOLD_YELLOW}${snippet.slice(start, end)}${RESET}`;
    at = end;
  }
  return out + snippet.slice(at);
}
