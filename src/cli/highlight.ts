/**
 * @module highlight
 * Shows the store's match markers (`\u0002` … `\u0003`) in a snippet: bold yellow on a
 * terminal, removed elsewhere so piped output is plain text.
 */
const START = '\u0002';
const END = '\u0003';

/**
 * Replaces match markers by ANSI emphasis (terminal) or nothing.
 * @example highlight('a \u0002b\u0003', false) === 'a b'
 */
export function highlight(snippet: string, terminal: boolean): string {
  return terminal
    ? snippet.replaceAll(START, '\u001b[1;33m').replaceAll(END, '\u001b[0m')
    : snippet.replaceAll(START, '').replaceAll(END, '');
}
